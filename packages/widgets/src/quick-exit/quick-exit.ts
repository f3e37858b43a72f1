/** Registers `<vr-quick-exit>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrQuickExit } from './quick-exit.component.js';

export { VrQuickExit };

define('vr-quick-exit', VrQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'vr-quick-exit': VrQuickExit;
  }
}
