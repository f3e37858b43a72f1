import { SealedJwe, type SealedJwe as SealedJweType } from '@victim-referral/schemas';
import { flattenedDecrypt } from 'jose';
import { SealedDataError, type SealedDataErrorInit } from './errors.js';
import {
  contentEncryption,
  type ImportedKey,
  importPrivateKeys,
  keyManagement,
  type SealingPrivateKey,
} from './keys.js';

function parseJwe(jwe: unknown, availableKids: string[]): SealedJweType {
  const result = SealedJwe.safeParse(jwe);
  if (result.success) return jwe as SealedJweType;
  const issue = result.error.issues[0];
  const at = issue?.path.length ? `/${issue.path.join('/')}` : '(root)';
  throw new SealedDataError({
    reason: 'malformed',
    detail: `not a sealed JWE of the protocol: ${at}: ${issue?.message ?? 'invalid'}`,
    recipientKids: [],
    availableKids,
    triedKids: [],
  });
}

async function decryptFor(jwe: SealedJweType, { kid, key }: ImportedKey): Promise<Uint8Array> {
  const recipient = jwe.recipients.find((candidate) => candidate.header.kid === kid);
  const { recipients: _all, ...shared } = jwe;
  const flattened = { ...shared, header: recipient?.header, encrypted_key: recipient?.encrypted_key };
  const { plaintext } = await flattenedDecrypt(flattened, key, {
    keyManagementAlgorithms: [keyManagement],
    contentEncryptionAlgorithms: [contentEncryption],
  });
  return plaintext;
}

/**
 * Opens data sealed by `sealFor` (or any JWE of the same profile) with the private keys given,
 * trying those whose `kid` the JWE names, and returns the JSON inside. Keep retired private keys as
 * long as something sealed to them is still open. Throws `SealedDataError` naming the kids tried
 * and available, never a key or the plaintext.
 */
export async function openSealed(jwe: unknown, privateKeys: readonly SealingPrivateKey[]): Promise<unknown> {
  const keys = await importPrivateKeys(privateKeys);
  const availableKids = keys.map(({ kid }) => kid);
  const sealed = parseJwe(jwe, availableKids);
  const recipientKids = sealed.recipients.map(({ header }) => header.kid);
  const triedKids: string[] = [];
  const failure = (init: Pick<SealedDataErrorInit, 'reason' | 'detail' | 'cause'>) =>
    new SealedDataError({ ...init, recipientKids, availableKids, triedKids: [...triedKids] });
  let lastError: unknown;
  for (const key of keys.filter(({ kid }) => recipientKids.includes(kid))) {
    triedKids.push(key.kid);
    let plaintext: Uint8Array;
    try {
      plaintext = await decryptFor(sealed, key);
    } catch (error) {
      lastError = error;
      continue;
    }
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
    } catch {
      throw failure({ reason: 'not-json', detail: 'the sealed content is not JSON' });
    }
  }
  if (triedKids.length === 0) throw failure({ reason: 'no-matching-key', detail: 'sealed to none of the keys given' });
  throw failure({
    reason: 'decryption-failed',
    detail: 'no key opened it (a wrong key or tampered data)',
    cause: lastError,
  });
}
