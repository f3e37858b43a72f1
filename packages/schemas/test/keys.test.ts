import { describe, expect, it } from 'vitest';
import { EncryptionKey, generateEncryptionKeyPair, jwkThumbprint } from '../src/index.js';

const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** WebCrypto refuses an ECDH JWK whose `alg` names a JWE algorithm: import the curve point alone. */
function point({ kty, crv, x, y, d }: JsonWebKey): JsonWebKey {
  return d === undefined ? { kty, crv, x, y } : { kty, crv, x, y, d };
}

async function sharedSecret(privateJwk: JsonWebKey, publicJwk: JsonWebKey): Promise<string> {
  const privateKey = await crypto.subtle.importKey('jwk', point(privateJwk), ecdh, false, ['deriveBits']);
  const publicKey = await crypto.subtle.importKey('jwk', point(publicJwk), ecdh, false, []);
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  return Buffer.from(bits).toString('hex');
}

describe('generateEncryptionKeyPair', () => {
  it('makes a publishable P-256 public key whose kid is its RFC 7638 thumbprint', async () => {
    const { publicKey, privateKey } = await generateEncryptionKeyPair();
    expect(EncryptionKey.safeParse(publicKey).success).toBe(true);
    expect(publicKey).not.toHaveProperty('d');
    expect(publicKey.kid).toBe(await jwkThumbprint(publicKey));
    expect(publicKey.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(privateKey).toEqual({ ...publicKey, d: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });

  it('makes halves that belong together, and a new pair each time', async () => {
    const first = await generateEncryptionKeyPair();
    const second = await generateEncryptionKeyPair();
    expect(first.publicKey.kid).not.toBe(second.publicKey.kid);
    expect(await sharedSecret(first.privateKey, second.publicKey)).toBe(
      await sharedSecret(second.privateKey, first.publicKey),
    );
  });

  it('takes a kid of the caller', async () => {
    const { publicKey, privateKey } = await generateEncryptionKeyPair({ kid: 'lisbon-2026-03' });
    expect([publicKey.kid, privateKey.kid]).toEqual(['lisbon-2026-03', 'lisbon-2026-03']);
  });

  it('thumbprints only the required members, in their canonical order', async () => {
    const { publicKey } = await generateEncryptionKeyPair();
    const reordered = { y: publicKey.y, x: publicKey.x, kty: publicKey.kty, crv: publicKey.crv };
    const renamed = { ...publicKey, kid: 'other' };
    expect(await jwkThumbprint(reordered)).toBe(await jwkThumbprint(renamed));
  });
});
