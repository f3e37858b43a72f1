import * as z from 'zod/mini';
import { text } from '../primitives.js';

/** Base64url without padding (RFC 7515 §2), as JOSE writes every binary member. */
export const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url without padding'));

/** The coordinate of a P-256 point: 32 bytes, 43 base64url characters. */
const P256Coordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a 32-byte base64url coordinate'));

/**
 * A public key an organisation publishes so that referrals can be sealed to it: a JWK (RFC 7517)
 * on P-256 for ECDH-ES+A256KW. The `kid` is what every sealed copy names its recipient by; an
 * organisation publishes several keys during a rotation.
 */
export const EncryptionKey = z.strictObject({
  /** Key type: always `EC`. */
  kty: z.literal('EC'),
  /** Curve: always `P-256`. */
  crv: z.literal('P-256'),
  /** The x coordinate of the public point. */
  x: P256Coordinate,
  /** The y coordinate of the public point. */
  y: P256Coordinate,
  /** The key's id, chosen by the organisation; a sealed copy names its recipient by it. */
  kid: text(200),
  /** Public key use: always `enc` (encryption). */
  use: z.literal('enc'),
  /** Key management algorithm: always `ECDH-ES+A256KW`. */
  alg: z.literal('ECDH-ES+A256KW'),
});

export type Base64Url = z.infer<typeof Base64Url>;
export type EncryptionKey = z.infer<typeof EncryptionKey>;
