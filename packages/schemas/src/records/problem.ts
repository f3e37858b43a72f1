import * as z from 'zod/mini';
import { ReferralStatusSchema } from './referral.js';

/** The stable machine codes of the protocol's errors. Clients must accept codes added later. */
export const problemCodes = [
  'validation-failed',
  'malformed-request',
  'headers-too-large',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'invalid-cursor',
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'conflict',
  'invalid-transition',
  'sealing-required',
  'idempotency-conflict',
  'rate-limited',
  'internal',
  'unavailable',
] as const;

export type KnownProblemCode = (typeof problemCodes)[number];
/** A known code, or one added by a later version of the protocol. */
export type ProblemCode = KnownProblemCode | (string & {});

/** One invalid field of a request. `path` is a JSON Pointer into the request body or query. */
export const FieldError = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
});

/** RFC 9457 problem details, with the protocol's extensions. */
export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.array(FieldError)),
  requestId: z.optional(z.string()),
  /** With `invalid-transition`: the statuses the caller may move the referral to now. */
  allowedTransitions: z.optional(z.array(ReferralStatusSchema)),
  /** With `rate-limited`: seconds to wait, as in the `Retry-After` header. */
  retryAfter: z.optional(z.int().check(z.nonnegative())),
});

export type FieldError = z.infer<typeof FieldError>;
export type ProblemDetails = z.infer<typeof ProblemDetails>;
