/** Registers `<vr-service-map>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrServiceMap } from './service-map.component.js';

export { VrServiceMap };

define('vr-service-map', VrServiceMap);

declare global {
  interface HTMLElementTagNameMap {
    'vr-service-map': VrServiceMap;
  }
}
