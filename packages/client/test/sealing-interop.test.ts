/**
 * Interoperability with node-jose, an independent JWE implementation, and tampering: whatever
 * either side seals the other opens, and a changed byte or a wrong key is a SealedDataError.
 */
import { generateEncryptionKeyPair, type SealedJwe, SealedJwe as SealedJweSchema } from '@victim-referral/schemas';
import { calculateJwkThumbprint } from 'jose';
import nodeJose from 'node-jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReferralApiError } from '../src/index.js';
import { isSealedDataError, openSealed, SealedDataError, sealFor } from '../src/sealing/index.js';
import {
  base64urlJson,
  flipFirst,
  keyPairs,
  personalFields,
  printed,
  privateKeys,
  publicKeys,
} from './sealing-support.js';

const [receiver, sender, stranger] = await keyPairs('receiver-2026', 'sender-2026', 'stranger-2026');
if (!receiver || !sender || !stranger) throw new Error('three key pairs expected');

async function nodeJoseSeal(data: unknown): Promise<SealedJwe> {
  // node-jose takes alg and kid from each key: both keys carry alg ECDH-ES+A256KW.
  const recipients = await Promise.all([receiver, sender].map((pair) => nodeJose.JWK.asKey(pair?.publicKey as object)));
  const jwe = await nodeJose.JWE.createEncrypt(
    { format: 'general', contentAlg: 'A256GCM', protect: ['enc'] },
    recipients,
  )
    .update(Buffer.from(JSON.stringify(data)))
    .final();
  return jwe as unknown as SealedJwe;
}

async function nodeJoseOpen(jwe: SealedJwe, privateJwk: object): Promise<unknown> {
  const keystore = nodeJose.JWK.createKeyStore();
  await keystore.add(privateJwk);
  const result = await nodeJose.JWE.createDecrypt(keystore).decrypt(jwe as unknown as string);
  return JSON.parse(result.plaintext.toString('utf8'));
}

async function openError(jwe: unknown, keys = privateKeys([receiver as NonNullable<typeof receiver>])) {
  const error = await openSealed(jwe, keys).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SealedDataError);
  return error as SealedDataError;
}

describe('interoperability with node-jose', () => {
  it('opens what node-jose sealed (general JSON, ECDH-ES+A256KW, A256GCM)', async () => {
    const jwe = await nodeJoseSeal(personalFields);
    expect(SealedJweSchema.safeParse(jwe).success).toBe(true);
    expect(jwe.recipients.map((recipient) => recipient.header)).toEqual([
      expect.objectContaining({ alg: 'ECDH-ES+A256KW', kid: 'receiver-2026' }),
      expect.objectContaining({ alg: 'ECDH-ES+A256KW', kid: 'sender-2026' }),
    ]);
    expect(await openSealed(jwe, [receiver.privateKey])).toEqual(personalFields);
    expect(await openSealed(jwe, [sender.privateKey])).toEqual(personalFields);
  });

  it('seals what node-jose opens, with each recipient key', async () => {
    const jwe = await sealFor(publicKeys([receiver, sender]), personalFields);
    expect(SealedJweSchema.safeParse(jwe).success).toBe(true);
    expect(JSON.parse(Buffer.from(jwe.protected, 'base64url').toString())).toEqual({ enc: 'A256GCM' });
    expect(jwe.recipients.map((recipient) => recipient.header)).toEqual([
      expect.objectContaining({ alg: 'ECDH-ES+A256KW', kid: 'receiver-2026' }),
      expect.objectContaining({ alg: 'ECDH-ES+A256KW', kid: 'sender-2026' }),
    ]);
    expect(await nodeJoseOpen(jwe, receiver.privateKey)).toEqual(personalFields);
    expect(await nodeJoseOpen(jwe, sender.privateKey)).toEqual(personalFields);
    await expect(nodeJoseOpen(jwe, stranger.privateKey)).rejects.toThrow();
  });

  it('names keys by the same RFC 7638 thumbprint as jose', async () => {
    const { publicKey } = await generateEncryptionKeyPair();
    expect(publicKey.kid).toBe(await calculateJwkThumbprint(publicKey));
  });
});

describe('tampering and wrong keys', () => {
  let jwe: SealedJwe;
  beforeAll(async () => {
    jwe = await sealFor(publicKeys([receiver, sender]), personalFields);
  });

  it.each([
    ['ciphertext', () => ({ ...jwe, ciphertext: flipFirst(jwe.ciphertext) })],
    ['tag', () => ({ ...jwe, tag: flipFirst(jwe.tag) })],
    ['iv', () => ({ ...jwe, iv: flipFirst(jwe.iv) })],
    ['protected header (an added member)', () => ({ ...jwe, protected: base64urlJson({ enc: 'A256GCM', zip: 'x' }) })],
    ['protected header (a weaker enc)', () => ({ ...jwe, protected: base64urlJson({ enc: 'A128GCM' }) })],
    [
      "a recipient's wrapped key",
      () => ({
        ...jwe,
        recipients: jwe.recipients.map((r) => ({ ...r, encrypted_key: flipFirst(r.encrypted_key) })),
      }),
    ],
  ])('a changed %s fails with SealedDataError', async (_part, tamper) => {
    const error = await openError(tamper());
    expect(error).toMatchObject({
      reason: 'decryption-failed',
      triedKids: ['receiver-2026'],
      code: 'sealed-data-unreadable',
    });
  });

  it('a wrong key under the right kid fails with SealedDataError', async () => {
    const impostor = { ...stranger.privateKey, kid: 'receiver-2026' };
    expect(await openError(jwe, [impostor])).toMatchObject({
      reason: 'decryption-failed',
      triedKids: ['receiver-2026'],
    });
  });

  it('a key the data is not sealed to fails naming the kids, never a key or the plaintext', async () => {
    const error = await openError(jwe, [stranger.privateKey]);
    expect(error).toBeInstanceOf(ReferralApiError);
    expect(isSealedDataError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'no-matching-key',
      recipientKids: ['receiver-2026', 'sender-2026'],
      availableKids: ['stranger-2026'],
      triedKids: [],
      status: 0,
    });
    expect(error.message).toContain('sealed to [receiver-2026, sender-2026], tried [] of [stranger-2026]');
    const text = printed(await openError({ ...jwe, tag: flipFirst(jwe.tag) }));
    for (const secret of [receiver.privateKey.d, sender.privateKey.d, stranger.privateKey.d, 'Anna', 'Rua Augusta'])
      expect(text).not.toContain(secret);
  });

  it('something that is not a sealed JWE fails as malformed, at its path', async () => {
    expect(await openError('eyJ.a.b.c.d')).toMatchObject({ reason: 'malformed' });
    const noKid = { ...jwe, recipients: [{ ...jwe.recipients[0], header: { alg: 'ECDH-ES+A256KW' } }] };
    const error = await openError(noKid);
    expect(error).toMatchObject({ reason: 'malformed' });
    expect(error.detail).toContain('/recipients/0/header/kid');
  });
});
