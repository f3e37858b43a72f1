/**
 * `createTransport(options)`: one function that performs any endpoint of the contract. Path,
 * method and success schema come from the endpoint definition passed in; auth, idempotency keys,
 * retries (`retries.ts`), timeouts and error typing are added by `sender.ts`, and ky makes each attempt. It
 * takes the definition itself rather than an operation id, so a bundle holds only the endpoints
 * (and response schemas) it calls. `createRouteTransport` (`route-transport.ts`) is the same
 * transport (`sender.ts`) for routes, without checking answers and without ky.
 */
import type { EndpointDefinition } from '@victim-referral/schemas';
import { kyAttempts } from './ky-attempts.js';
import type { BodyIn, ParamsIn, QueryIn, ResultIn } from './operations.js';
import type { RetryPolicy } from './retries.js';
import { createSender } from './sender.js';

export type { RetryPolicy } from './retries.js';

/** How the client proves who it is. Every credential travels as `Authorization: Bearer …`. */
export type ReferralAuth =
  /** A publishable key (`pk_…`), for public pages and widgets. */
  | { publishableKey: string }
  /**
   * A contact token (`ct_…`) or the sandbox's admin token; a function is called before every
   * HTTP request, retries included, so a backend can refresh it.
   */
  | { token: string | (() => string | Promise<string>) };

export interface ReferralClientOptions {
  /** Origin (and optional path prefix) of the server, e.g. `https://referrals.example.org`. */
  baseUrl: string | URL;
  auth: ReferralAuth;
  /** A fetch implementation to use instead of the global one. */
  fetch?: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /** Time allowed to each attempt to get an answer. Default 10 s. */
  timeoutMs?: number;
  /** Retry policy for reads and for creates (which carry an idempotency key); `false` never retries. */
  retry?: RetryPolicy | false;
  /** Check every success answer against the contract and throw on a mismatch. Default true. */
  validateResponses?: boolean;
  /** Sent as `User-Agent`. For servers and workers: most browsers drop it, and CORS must allow it where one sends it. */
  userAgent?: string;
}

/** Options every method takes last. */
export interface RequestOptions {
  /** Cancels the call at any point, a backoff wait included; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of the methods that create a record. */
export interface IdempotentRequestOptions extends RequestOptions {
  /**
   * Sent as `Idempotency-Key` and reused on every retry, so a retried create never makes a second
   * record. Generated (a random UUID) when left out; pass your own to make a create safe to repeat
   * across processes, e.g. after a crash.
   */
  idempotencyKey?: string;
}

type Field<Key extends string, Value, Optional extends boolean> = [Value] extends [never]
  ? unknown
  : Optional extends true
    ? { [K in Key]?: Value }
    : { [K in Key]: Value };

/** What a transport takes for one endpoint: exactly the parts its definition has, then the request options. */
export type TransportInput<E extends EndpointDefinition> = Field<'params', ParamsIn<E>, false> &
  Field<'query', QueryIn<E>, true> &
  Field<'body', BodyIn<E>, false> &
  (E extends { idempotent: true } ? IdempotentRequestOptions : RequestOptions);

/**
 * Performs one endpoint of the contract, e.g. `transport(listReferrals, { query: { box: 'inbox' } })`,
 * and resolves to its checked success body. The input may be left out when nothing in it is required.
 */
export type ReferralTransport = <const E extends EndpointDefinition>(
  endpoint: E,
  ...input: Partial<TransportInput<E>> extends TransportInput<E>
    ? [input?: TransportInput<E>]
    : [input: TransportInput<E>]
) => Promise<ResultIn<E>>;

/** A transport for the options: what `createReferralClient` is built on, for bundles that call a few endpoints. */
export function createTransport(options: ReferralClientOptions): ReferralTransport {
  return createSender(options, kyAttempts) as ReferralTransport;
}
