import { createHash } from 'node:crypto';

/** The alphabet of `ReferralReference`: no 0/O/1/I, which people misread. */
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short human reference (`VR-7K3Q-92XD`) derived from the referral id; `attempt` varies it on a clash. */
export function referenceFor(referralId: string, attempt: number): string {
  const digest = createHash('sha256').update(`${referralId}:${attempt}`).digest();
  const chars = Array.from(digest.subarray(0, 8), (byte) => alphabet[byte % alphabet.length]).join('');
  return `VR-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
