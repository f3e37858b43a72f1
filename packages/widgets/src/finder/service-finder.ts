/** Registers `<vr-service-finder>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrServiceFinder } from './service-finder.component.js';

export { VrServiceFinder };

define('vr-service-finder', VrServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'vr-service-finder': VrServiceFinder;
  }
}
