import type { SealedJwe } from '@victim-referral/schemas';
import { GeneralEncrypt, type JWK } from 'jose';
import { contentEncryption, importRecipientKeys, keyManagement } from './keys.js';

/**
 * Seals JSON `data` to every key in `recipientKeys` — pass every current key of the receiving
 * organisation and of the sending one, so both points of contact can open it. Gives a JWE in the
 * General JSON serialisation: content A256GCM, one ECDH-ES+A256KW recipient per key, each naming
 * its `kid`. Throws `SealingKeyError` for a key without a kid, off P-256 or not for encryption.
 */
export async function sealFor(recipientKeys: readonly JWK[], data: unknown): Promise<SealedJwe> {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('sealFor seals JSON data; got a value JSON cannot hold');
  const recipients = await importRecipientKeys(recipientKeys);
  const encryption = new GeneralEncrypt(new TextEncoder().encode(json)).setProtectedHeader({ enc: contentEncryption });
  for (const { kid, key } of recipients) encryption.addRecipient(key).setUnprotectedHeader({ alg: keyManagement, kid });
  return (await encryption.encrypt()) as SealedJwe;
}
