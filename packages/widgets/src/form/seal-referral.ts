/**
 * Sealing a referral in the browser: loaded by the form only when it sends to an organisation that
 * publishes keys, so a page that never submits never fetches jose.
 */
import { sealFor } from '@victim-referral/client/sealing';
import { type EncryptionKey, type ReferralCreate, splitSealed } from '@victim-referral/schemas';

/** `body` with the fields the sealing table seals moved into `sealed`, sealed to every key of `recipients`. */
export async function sealReferral(
  body: ReferralCreate,
  recipients: readonly EncryptionKey[],
): Promise<ReferralCreate> {
  const { clear, sealed } = splitSealed('referral', body as Record<string, unknown>);
  return { ...clear, sealed: await sealFor(recipients, sealed) } as ReferralCreate;
}
