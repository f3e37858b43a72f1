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
  /** A JSON Pointer to the invalid field in the request body or query, e.g. `/victim/languages/0`. */
  path: z.string(),
  /** What is wrong, in English, for the developer. */
  message: z.string(),
  /** A stable machine code of what is wrong, e.g. `required`. */
  code: z.string(),
});

/** RFC 9457 problem details, with the protocol's extensions. */
export const ProblemDetails = z.object({
  /** A URI identifying the kind of problem. */
  type: z.string(),
  /** A short summary of the kind of problem, in English. */
  title: z.string(),
  /** The HTTP status of the answer. */
  status: z.int().check(z.gte(400), z.lte(599)),
  /** What went wrong this time, in English. */
  detail: z.optional(z.string()),
  /** The request path the problem is about. */
  instance: z.optional(z.string()),
  /** The stable machine code of the problem (`validation-failed`, `rate-limited`, ...): clients must accept codes added later. */
  code: z.string(),
  /** With `validation-failed`: every invalid field of the request. */
  errors: z.optional(z.array(FieldError)),
  /** The request's id, as in the `X-Request-Id` header: quote it when asking what happened. */
  requestId: z.optional(z.string()),
  /** With `invalid-transition`: the statuses the caller may move the referral to now. */
  allowedTransitions: z.optional(z.array(ReferralStatusSchema)),
  /** With `rate-limited`: seconds to wait, as in the `Retry-After` header. */
  retryAfter: z.optional(z.int().check(z.nonnegative())),
});

export type FieldError = z.infer<typeof FieldError>;
export type ProblemDetails = z.infer<typeof ProblemDetails>;
