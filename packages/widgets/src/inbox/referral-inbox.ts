/** Registers `<vr-referral-inbox>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrReferralInbox } from './referral-inbox.component.js';

export { VrReferralInbox };

define('vr-referral-inbox', VrReferralInbox);

declare global {
  interface HTMLElementTagNameMap {
    'vr-referral-inbox': VrReferralInbox;
  }
}
