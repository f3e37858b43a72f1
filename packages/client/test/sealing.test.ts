/** sealFor and openSealed: round trips, key rotation, CryptoKeys, refused keys and typed errors. */

import { type EncryptionKeyPair, generateEncryptionKeyPair } from '@victim-referral/schemas';
import fc from 'fast-check';
import { GeneralEncrypt, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import * as built from '../dist/sealing.js';
import { isReferralApiError } from '../src/index.js';
import {
  isSealingKeyError,
  openSealed,
  SealedDataError,
  SealingKeyError,
  type SealingPrivateKey,
  sealFor,
} from '../src/sealing/index.js';
import { keyPairs, personalFields, privateKeys, publicKeys } from './sealing-support.js';

const [receiverOld, receiverNew, sender] = await keyPairs('receiver-2026-01', 'receiver-2026-07', 'sender-2026-01');
if (!receiverOld || !receiverNew || !sender) throw new Error('three key pairs expected');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** The private key as WebCrypto holds it on a member's server: not extractable. */
async function nonExtractable({ privateKey }: EncryptionKeyPair): Promise<SealingPrivateKey> {
  const { kty, crv, x, y, d } = privateKey;
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty, crv, x, y, d },
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    ['deriveBits'],
  );
  return { kid: privateKey.kid, key };
}

describe('sealFor and openSealed', () => {
  it('give back any JSON data sealed to three keys, opened with any one of them', async () => {
    const pairs = [receiverOld, receiverNew, sender];
    // JSON has no -0: what JSON holds is what a JSON round trip gives.
    const jsonData = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    await fc.assert(
      fc.asyncProperty(jsonData, fc.nat(2), async (data, index) => {
        const jwe = await sealFor(publicKeys(pairs), data);
        expect(await openSealed(jwe, [pairs[index]?.privateKey ?? sender.privateKey])).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it('keep a referral readable through a key rotation, by each current key alone', async () => {
    // During the rotation the receiver publishes both keys; the sender seals to every published key and its own.
    const duringRotation = await sealFor(publicKeys([receiverOld, receiverNew, sender]), personalFields);
    for (const pair of [receiverOld, receiverNew, sender])
      expect(await openSealed(duringRotation, [pair.privateKey])).toEqual(personalFields);

    // After the receiver retired its old key, new referrals are sealed without it ...
    const afterRetiring = await sealFor(publicKeys([receiverNew, sender]), personalFields);
    const error = await rejection(openSealed(afterRetiring, [receiverOld.privateKey]));
    expect(error).toMatchObject({ reason: 'no-matching-key', availableKids: ['receiver-2026-01'] });
    // ... while what was sealed to it still opens with the old private key, and only with a key it names.
    expect(await openSealed(duringRotation, [receiverOld.privateKey])).toEqual(personalFields);
    const sealedToOldOnly = await sealFor(publicKeys([receiverOld, sender]), personalFields);
    expect(await rejection(openSealed(sealedToOldOnly, [receiverNew.privateKey]))).toBeInstanceOf(SealedDataError);
    expect(await openSealed(sealedToOldOnly, privateKeys([receiverNew, receiverOld]))).toEqual(personalFields);
  });

  it('open with non-extractable CryptoKeys named by their kid', async () => {
    const jwe = await sealFor(publicKeys([receiverNew, sender]), personalFields);
    expect(await openSealed(jwe, [await nonExtractable(receiverNew)])).toEqual(personalFields);
    const wrong = await rejection(
      openSealed(jwe, [{ ...(await nonExtractable(receiverOld)), kid: 'receiver-2026-07' }]),
    );
    expect(wrong).toMatchObject({ reason: 'decryption-failed', triedKids: ['receiver-2026-07'] });
  });

  it('give a new content key and ephemeral keys each time', async () => {
    const [first, second] = await Promise.all([1, 2].map(() => sealFor(publicKeys([sender]), personalFields)));
    expect(first?.ciphertext).not.toBe(second?.ciphertext);
    expect(first?.recipients[0]?.encrypted_key).not.toBe(second?.recipients[0]?.encrypted_key);
  });

  it('refuse sealed content that is not JSON', async () => {
    const key = await importJWK(receiverNew.publicKey, 'ECDH-ES+A256KW');
    const jwe = await new GeneralEncrypt(new TextEncoder().encode('not { json'))
      .setProtectedHeader({ enc: 'A256GCM' })
      .addRecipient(key)
      .setUnprotectedHeader({ alg: 'ECDH-ES+A256KW', kid: receiverNew.publicKey.kid })
      .encrypt();
    const error = await rejection(openSealed(jwe, [receiverNew.privateKey]));
    expect(error).toMatchObject({ reason: 'not-json', triedKids: ['receiver-2026-07'] });
    expect(String(error)).not.toContain('not { json');
  });

  it('refuse data JSON cannot hold', async () => {
    await expect(sealFor(publicKeys([sender]), undefined)).rejects.toThrow(TypeError);
  });
});

describe('refused keys', () => {
  const { publicKey, privateKey } = sender;

  it.each([
    ['no kid', () => [{ ...publicKey, kid: undefined }], /without a kid/, undefined],
    ['a blank kid', () => [{ ...publicKey, kid: ' ' }], /without a kid/, undefined],
    ['another curve', () => [{ ...publicKey, crv: 'P-384' }], /is EC P-384; sealing uses EC P-256/, 'sender-2026-01'],
    ['another key type', () => [{ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'rsa' }], /is RSA/, 'rsa'],
    [
      'a signing key',
      () => [{ ...publicKey, use: 'sig' }],
      /has use "sig"; only keys with use "enc"/,
      'sender-2026-01',
    ],
    ['another algorithm', () => [{ ...publicKey, alg: 'ECDH-ES' }], /has alg "ECDH-ES"/, 'sender-2026-01'],
    ['a private key', () => [privateKey], /is a private key; seal to public keys/, 'sender-2026-01'],
    [
      'a point off the curve',
      () => [{ ...publicKey, y: publicKey.x }],
      /not a valid P-256 public key/,
      'sender-2026-01',
    ],
    [
      'two keys with one kid',
      () => [publicKey, { ...receiverNew.publicKey, kid: publicKey.kid }],
      /share the kid/,
      'sender-2026-01',
    ],
    ['no keys at all', () => [], /no recipient keys/, undefined],
  ])('sealFor refuses %s with SealingKeyError', async (_case, keys, message, kid) => {
    const error = await rejection(sealFor(keys() as never, personalFields));
    expect(error).toBeInstanceOf(SealingKeyError);
    expect(error).toMatchObject({ code: 'invalid-sealing-key', status: 0, kid });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^A key cannot be used for sealing: .+ \(invalid-sealing-key\)$/);
    expect(isReferralApiError(error)).toBe(true);
  });

  it('openSealed refuses a public key, a signing CryptoKey and a key without a kid', async () => {
    const jwe = await sealFor(publicKeys([sender]), personalFields);
    const signing = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    for (const [keys, message] of [
      [[publicKey], /is a public key; opening needs the private key/],
      [[{ kid: 'signing', key: signing.privateKey }], /not a private ECDH P-256 CryptoKey/],
      [[{ ...privateKey, kid: undefined }], /without a kid/],
    ] as const) {
      const error = await rejection(openSealed(jwe, keys as never));
      expect(error).toBeInstanceOf(SealingKeyError);
      expect((error as Error).message).toMatch(message);
      expect(String(error)).not.toContain(privateKey.d);
    }
  });

  it('are recognised across copies of the client by their brand', async () => {
    const error = await rejection(sealFor([], personalFields));
    expect(built.isSealingKeyError(error)).toBe(true);
    expect(built.isSealedDataError(error)).toBe(false);
    const opened = await rejection(openSealed({}, [privateKey]));
    expect(built.isSealedDataError(opened)).toBe(true);
    expect(isSealingKeyError(new Error('plain'))).toBe(false);
  });
});

it('keys made by the schemas helpers seal and open', async () => {
  const pair = await generateEncryptionKeyPair();
  const jwe = await sealFor([pair.publicKey], { ok: true });
  expect(await openSealed(jwe, [pair.privateKey])).toEqual({ ok: true });
});
