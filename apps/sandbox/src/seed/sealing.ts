/**
 * The seed's sealing: each organisation's key pair (the private half goes only to the credentials
 * file) and the personal fields of seeded referrals and messages sealed to both points of contact,
 * as a member would send them. A second implementation of the protocol's JWE profile beside the
 * client's `sealFor`: the client's tests open what the seed sealed.
 */
import {
  type EncryptionKey,
  type EncryptionPrivateKey,
  generateEncryptionKeyPair,
  type SealedJwe,
  type SealingRecord,
  splitSealed,
} from '@victim-referral/schemas';
import { GeneralEncrypt, importJWK } from 'jose';
import type { Runtime } from '../runtime.js';
import { getOrganisation, replaceOrganisation } from '../store/organisations.js';

/** Makes a key pair for each organisation, publishes its public half and answers the private ones by id. */
export async function publishSeedKeys(
  rt: Runtime,
  organisationIds: readonly string[],
): Promise<Map<string, EncryptionPrivateKey[]>> {
  const privateKeys = new Map<string, EncryptionPrivateKey[]>();
  for (const id of organisationIds) {
    const organisation = getOrganisation(rt.db, id);
    if (!organisation) continue;
    const { publicKey, privateKey } = await generateEncryptionKeyPair();
    replaceOrganisation(rt.db, { ...organisation, encryptionKeys: [publicKey] });
    privateKeys.set(id, [privateKey]);
  }
  return privateKeys;
}

function keysOf(rt: Runtime, organisationIds: readonly string[]): EncryptionKey[] {
  return organisationIds.flatMap((id) => getOrganisation(rt.db, id)?.encryptionKeys ?? []);
}

/** Seals JSON `data` to every key in `recipients`: the protocol's JWE profile, on jose. */
export async function sealTo(recipients: readonly EncryptionKey[], data: unknown): Promise<SealedJwe> {
  const encryption = new GeneralEncrypt(new TextEncoder().encode(JSON.stringify(data))).setProtectedHeader({
    enc: 'A256GCM',
  });
  for (const key of recipients) {
    encryption.addRecipient(await importJWK(key, key.alg)).setUnprotectedHeader({ alg: key.alg, kid: key.kid });
  }
  return (await encryption.encrypt()) as SealedJwe;
}

/** `value` with the fields the sealing table seals moved into `sealed`, sealed to `recipients`; unchanged without any. */
export async function sealedCopy<T extends object>(
  record: SealingRecord,
  value: T,
  recipients: readonly EncryptionKey[],
): Promise<T> {
  if (recipients.length === 0) return value;
  const { clear, sealed } = splitSealed(record, value as Record<string, unknown>);
  return { ...clear, sealed: await sealTo(recipients, sealed) } as T;
}

/** `sealedCopy` to every key the organisations named publish. */
export function sealedForParties<T extends object>(
  rt: Runtime,
  record: SealingRecord,
  value: T,
  organisationIds: readonly string[],
): Promise<T> {
  return sealedCopy(record, value, keysOf(rt, organisationIds));
}
