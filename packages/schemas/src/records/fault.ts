import * as z from 'zod/mini';
import { Id } from '../primitives.js';

/**
 * Sandbox fault injection: the next `count` requests matching `method` and `pathPrefix` are
 * delayed, answered with an error, or have their connection dropped after the server did the
 * work (the "lost response" a retry with an idempotency key must survive).
 */
export const FaultRule = z.strictObject({
  method: z.optional(z.enum(['GET', 'POST', 'PATCH', 'DELETE'])),
  pathPrefix: z.string().check(z.regex(/^\/v1/, 'Expected a path starting with /v1')),
  count: z.int().check(z.gte(1), z.lte(100)),
  action: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('delay'), ms: z.int().check(z.gte(1), z.lte(60_000)) }),
    z.strictObject({
      kind: z.literal('error'),
      status: z.union([z.literal(500), z.literal(503), z.literal(429)]),
      retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(3600))),
    }),
    z.strictObject({ kind: z.literal('drop-after-response') }),
  ]),
});

export const FaultsArmed = z.object({
  id: Id,
  remaining: z.int().check(z.nonnegative()),
});

export type FaultRule = z.input<typeof FaultRule>;
export type FaultsArmed = z.infer<typeof FaultsArmed>;
