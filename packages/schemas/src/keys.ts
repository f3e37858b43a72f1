/**
 * Making an organisation's encryption key pair with WebCrypto alone (any runtime): P-256 for
 * ECDH-ES+A256KW, the `kid` by default the key's RFC 7638 thumbprint.
 */
import type { EncryptionKey } from './records/encryption-key.js';

/** A private encryption key as JWK: the public members plus `d`. Keep it on the member's side only. */
export interface EncryptionPrivateKey extends EncryptionKey {
  d: string;
}

export interface EncryptionKeyPair {
  publicKey: EncryptionKey;
  privateKey: EncryptionPrivateKey;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The RFC 7638 thumbprint of an EC public key: SHA-256 over its required members in order, base64url. */
export async function jwkThumbprint(key: Pick<EncryptionKey, 'crv' | 'kty' | 'x' | 'y'>): Promise<string> {
  const canonical = JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return base64url(new Uint8Array(digest));
}

/** A new P-256 key pair, both halves as JWK with `kid`, `use: "enc"` and `alg: "ECDH-ES+A256KW"`. */
export async function generateEncryptionKeyPair(options: { kid?: string } = {}): Promise<EncryptionKeyPair> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const { x, y, d } = jwk;
  if (!x || !y || !d) throw new Error('WebCrypto exported a P-256 key without x, y or d');
  const members = { kty: 'EC', crv: 'P-256', x, y } as const;
  const kid = options.kid ?? (await jwkThumbprint(members));
  const publicKey: EncryptionKey = { ...members, kid, use: 'enc', alg: 'ECDH-ES+A256KW' };
  return { publicKey, privateKey: { ...publicKey, d } };
}
