/**
 * Sealing as the server enforces it: it never opens a sealed copy, but it refuses personal data in
 * clear for an organisation that publishes keys, so the victim's story reaches the network only as
 * ciphertext. The widgets' form seals in the browser, so a self-referral is no exception.
 */
import { clearSealedPaths, type FieldError, type SealingRecord } from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { getOrganisation } from '../store/organisations.js';
import { DomainError } from './errors.js';

/** Does the organisation publish at least one encryption key? */
export function publishesKeys(rt: Runtime, organisationId: string): boolean {
  return (getOrganisation(rt.db, organisationId)?.encryptionKeys?.length ?? 0) > 0;
}

/**
 * Refuses `value` (422 `sealing-required`, one error per field) when it carries personal fields in
 * clear and `recipientId` publishes keys.
 */
export function requireSealed(rt: Runtime, record: SealingRecord, value: object, recipientId: string): void {
  if (!publishesKeys(rt, recipientId)) return;
  const paths = clearSealedPaths(record, value);
  if (paths.length === 0) return;
  const errors: FieldError[] = paths.map((path) => ({
    path: `/${path.replaceAll('.', '/')}`,
    message: 'The receiving organisation publishes encryption keys: send this field only inside `sealed`',
    code: 'sealing-required',
  }));
  throw new DomainError(
    422,
    'sealing-required',
    'The receiving organisation publishes encryption keys: seal the personal fields to them',
    { errors },
  );
}
