/** Sealing and opening in the tests, as a member's backend would with its private keys. */
import {
  type EncryptionKey,
  type EncryptionPrivateKey,
  mergeSealed,
  type SealingRecord,
} from '@victim-referral/schemas';
import { generalDecrypt, importJWK } from 'jose';
import type { SandboxOrganisationCredentials } from '../../src/index.js';
import { sealedCopy } from '../../src/seed/sealing.js';

/** The public halves of an organisation's private keys, as its directory entry publishes them. */
export function publicKeysOf(organisation: Pick<SandboxOrganisationCredentials, 'privateKeys'>): EncryptionKey[] {
  return organisation.privateKeys.map(({ d: _private, ...publicKey }) => publicKey);
}

/** `body` with its personal fields sealed to every key of the organisations given. */
export function sealedBody<T extends object>(
  record: SealingRecord,
  body: T,
  ...parties: Pick<SandboxOrganisationCredentials, 'privateKeys'>[]
): Promise<T> {
  return sealedCopy(record, body, parties.flatMap(publicKeysOf));
}

/** Opens the `sealed` copy of a record with one of `privateKeys` and merges it back in. */
export async function opened<T extends { sealed?: unknown }>(
  record: T,
  privateKeys: readonly EncryptionPrivateKey[],
): Promise<Omit<T, 'sealed'>> {
  const { sealed, ...clear } = record;
  if (sealed === undefined) return clear;
  const jwe = sealed as Parameters<typeof generalDecrypt>[0];
  const kids = new Set((jwe.recipients ?? []).map((recipient) => recipient.header?.kid));
  const privateKey = privateKeys.find((key) => kids.has(key.kid));
  if (!privateKey) throw new Error('Sealed to none of these keys');
  const { plaintext } = await generalDecrypt(jwe, await importJWK(privateKey, privateKey.alg));
  return mergeSealed(clear, JSON.parse(new TextDecoder().decode(plaintext))) as Omit<T, 'sealed'>;
}
