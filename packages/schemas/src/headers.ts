/**
 * The HTTP header names of the protocol, written here once: the sandbox, the client, the widgets
 * and the OpenAPI document take them from this module. HTTP's own (`Authorization`,
 * `Retry-After`, `Cache-Control`) are not repeated.
 */

/** On a create: the same key and body within 24 h answer the first result, never a second record. */
export const idempotencyKeyHeader = 'Idempotency-Key';

/** On an answer: `true` when it repeats the first answer to an `Idempotency-Key`. */
export const idempotentReplayedHeader = 'Idempotent-Replayed';

/** On a request (optional) and every answer: the id to quote when asking what happened. */
export const requestIdHeader = 'X-Request-Id';

/** On a webhook delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const webhookSignatureHeader = 'Victim-Referral-Signature';
