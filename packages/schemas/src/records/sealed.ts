import * as z from 'zod/mini';
import { text } from '../primitives.js';
import { Base64Url } from './encryption-key.js';

const nonEmptyBase64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'Expected base64url without padding'));

/** The sender's ephemeral public key of ECDH-ES, one per recipient. */
const EphemeralKey = z.object({
  /** Key type: always `EC`. */
  kty: z.literal('EC'),
  /** Curve: always `P-256`. */
  crv: z.literal('P-256'),
  /** The x coordinate of the ephemeral public point. */
  x: nonEmptyBase64Url,
  /** The y coordinate of the ephemeral public point. */
  y: nonEmptyBase64Url,
});

/** The per-recipient unprotected header: which key the content key is wrapped to, and how. */
export const SealedRecipientHeader = z.object({
  /** The `kid` of the recipient's published encryption key. */
  kid: text(200),
  /** Key management algorithm: always `ECDH-ES+A256KW`. */
  alg: z.literal('ECDH-ES+A256KW'),
  /** The sender's ephemeral public key for this recipient. */
  epk: z.optional(EphemeralKey),
});

/**
 * Personal data sealed to the points of contact of a referral: a JWE in the General JSON
 * serialisation (RFC 7516 §7.2), content encrypted with A256GCM (`enc` in the protected header),
 * the content key wrapped once per recipient key with ECDH-ES+A256KW on P-256.
 */
export const SealedJwe = z.object({
  /** The protected header (with `enc`), base64url of its JSON. */
  protected: nonEmptyBase64Url,
  /** The shared unprotected header, if any. */
  unprotected: z.optional(z.record(z.string(), z.unknown())),
  /** One entry per recipient key: its header and the content key wrapped to it. */
  recipients: z
    .array(
      z.object({
        /** Which key the content key is wrapped to, and how. */
        header: SealedRecipientHeader,
        /** The content key wrapped to that key, base64url. */
        encrypted_key: nonEmptyBase64Url,
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  /** Additional authenticated data, base64url. */
  aad: z.optional(Base64Url),
  /** The initialisation vector of the content encryption, base64url. */
  iv: nonEmptyBase64Url,
  /** The encrypted content, base64url. */
  ciphertext: nonEmptyBase64Url.check(z.maxLength(400_000)),
  /** The authentication tag of the content encryption, base64url. */
  tag: nonEmptyBase64Url,
});

export type SealedRecipientHeader = z.infer<typeof SealedRecipientHeader>;
export type SealedJwe = z.infer<typeof SealedJwe>;
