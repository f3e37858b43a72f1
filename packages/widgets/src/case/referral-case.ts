/** Registers `<vr-referral-case>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrReferralCase } from './referral-case.component.js';

export { VrReferralCase };

define('vr-referral-case', VrReferralCase);

declare global {
  interface HTMLElementTagNameMap {
    'vr-referral-case': VrReferralCase;
  }
}
