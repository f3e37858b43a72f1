import * as z from 'zod/mini';
import { Id } from '../primitives.js';

/**
 * Sandbox fault injection: the next `count` requests matching `method` and `pathPrefix` are
 * delayed, answered with an error, or have their connection dropped after the server did the
 * work (the "lost response" a retry with an idempotency key must survive).
 */
export const FaultRule = z.strictObject({
  /** The HTTP method of the requests to match; any method when left out. */
  method: z.optional(z.enum(['GET', 'POST', 'PATCH', 'DELETE'])),
  /** The start of the paths of the requests to match, e.g. `/v1/referrals`. */
  pathPrefix: z.string().check(z.regex(/^\/v1/, 'Expected a path starting with /v1')),
  /** How many matching requests the fault applies to. */
  count: z.int().check(z.gte(1), z.lte(100)),
  /** What happens to each matching request. */
  action: z.discriminatedUnion('kind', [
    z.strictObject({
      /** `delay`: the request is answered late. */
      kind: z.literal('delay'),
      /** How late, in milliseconds. */
      ms: z.int().check(z.gte(1), z.lte(60_000)),
    }),
    z.strictObject({
      /** `error`: the request is answered with an error and does nothing. */
      kind: z.literal('error'),
      /** The error status answered. */
      status: z.union([z.literal(500), z.literal(503), z.literal(429)]),
      /** The `Retry-After` the error carries, in seconds. */
      retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(3600))),
    }),
    z.strictObject({
      /** `drop-after-response`: the work is done, then the connection drops before the answer. */
      kind: z.literal('drop-after-response'),
    }),
  ]),
});

export const FaultsArmed = z.object({
  /** The id of the armed fault rule. */
  id: Id,
  /** How many matching requests it still applies to. */
  remaining: z.int().check(z.nonnegative()),
});

export type FaultRule = z.input<typeof FaultRule>;
export type FaultsArmed = z.infer<typeof FaultsArmed>;
