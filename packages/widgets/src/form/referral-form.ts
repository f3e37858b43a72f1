/** Registers `<vr-referral-form>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrReferralForm } from './referral-form.component.js';

export { VrReferralForm };

define('vr-referral-form', VrReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'vr-referral-form': VrReferralForm;
  }
}
