import * as z from 'zod/mini';
import { text } from '../primitives.js';
import { Base64Url } from './encryption-key.js';

const nonEmptyBase64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'Expected base64url without padding'));

/** The sender's ephemeral public key of ECDH-ES, one per recipient. */
const EphemeralKey = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: nonEmptyBase64Url,
  y: nonEmptyBase64Url,
});

/** The per-recipient unprotected header: which key the content key is wrapped to, and how. */
export const SealedRecipientHeader = z.object({
  kid: text(200),
  alg: z.literal('ECDH-ES+A256KW'),
  epk: z.optional(EphemeralKey),
});

/**
 * Personal data sealed to the points of contact of a referral: a JWE in the General JSON
 * serialisation (RFC 7516 §7.2), content encrypted with A256GCM (`enc` in the protected header),
 * the content key wrapped once per recipient key with ECDH-ES+A256KW on P-256.
 */
export const SealedJwe = z.object({
  protected: nonEmptyBase64Url,
  unprotected: z.optional(z.record(z.string(), z.unknown())),
  recipients: z
    .array(z.object({ header: SealedRecipientHeader, encrypted_key: nonEmptyBase64Url }))
    .check(z.minLength(1), z.maxLength(20)),
  aad: z.optional(Base64Url),
  iv: nonEmptyBase64Url,
  ciphertext: nonEmptyBase64Url.check(z.maxLength(400_000)),
  tag: nonEmptyBase64Url,
});

export type SealedRecipientHeader = z.infer<typeof SealedRecipientHeader>;
export type SealedJwe = z.infer<typeof SealedJwe>;
