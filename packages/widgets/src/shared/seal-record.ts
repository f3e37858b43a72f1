/**
 * Sealing in the browser: loaded only when a form or a case sends to an organisation that publishes
 * keys, so a page that never sends never fetches jose.
 */
import { sealFor } from '@victim-referral/client/sealing';
import { type EncryptionKey, type SealingRecord, splitSealed } from '@victim-referral/schemas';

/** `value` with the fields the sealing table seals moved into `sealed`, sealed to every key of `recipients`. */
export async function sealRecord<T extends object>(
  record: SealingRecord,
  value: T,
  recipients: readonly EncryptionKey[],
): Promise<T> {
  const { clear, sealed } = splitSealed(record, value as Record<string, unknown>);
  return { ...clear, sealed: await sealFor(recipients, sealed) } as T;
}
