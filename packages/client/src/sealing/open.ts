import { SealedJwe, type SealedJwe as SealedJweType } from '@victim-referral/schemas';
import { flattenedDecrypt } from 'jose';
import { SealedDataError, type SealedDataErrorInit } from './errors.js';
import { contentEncryption, importPrivateKeys, keyManagement, type SealingPrivateKey } from './keys.js';

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

type SealedRecipient = SealedJweType['recipients'][number];

async function decryptFor(jwe: SealedJweType, recipient: SealedRecipient, key: CryptoKey): Promise<Uint8Array> {
  const { recipients: _all, ...shared } = jwe;
  const { plaintext } = await flattenedDecrypt({ ...shared, ...recipient }, key, {
    keyManagementAlgorithms: [keyManagement],
    contentEncryptionAlgorithms: [contentEncryption],
  });
  return plaintext;
}

/**
 * Opens data sealed by `sealFor` (or any JWE of the same profile) with the private keys given,
 * trying each recipient of the JWE whose `kid` names one of them, and returns the JSON inside.
 * Keep retired private keys as long as something sealed to them is still open. Throws
 * `SealedDataError` naming the kids tried and available, never a key or the plaintext.
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
  for (const recipient of sealed.recipients) {
    const key = keys.find(({ kid }) => kid === recipient.header.kid);
    if (!key) continue;
    triedKids.push(key.kid);
    let plaintext: Uint8Array;
    try {
      plaintext = await decryptFor(sealed, recipient, key.key);
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
