/** Registers `<vr-referral-status>` (no-op when the tag is already defined). */
import { define } from '../shared/define.js';
import { VrReferralStatus } from './referral-status.component.js';

export { VrReferralStatus };

define('vr-referral-status', VrReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'vr-referral-status': VrReferralStatus;
  }
}
