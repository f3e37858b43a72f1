/**
 * `createTransport(options)`: one function that performs any endpoint of the contract on ky.
 * Path, method and success schema come from the endpoint definition passed in; auth, idempotency
 * keys, retries, timeouts and error typing are added here. It takes the definition itself rather
 * than an operation id, so a bundle holds only the endpoints (and response schemas) it calls.
 * `createRouteTransport(options)` is the same transport for routes (endpoints without their
 * schemas, from `@victim-referral/schemas/routes`): it does not check answers, and so needs no zod.
 */
import { type EndpointDefinition, idempotencyKeyHeader, type Route, requestIdHeader } from '@victim-referral/schemas';
import ky, { isHTTPError, type RetryOptions as KyRetryOptions, type Options } from 'ky';
import { retryAfterSeconds, toReferralError } from './error-mapping.js';
import { ReferralResponseValidationError, type ResponseIssue } from './errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import type { BodyIn, ParamsIn, QueryIn, ResultIn } from './operations.js';
import { check } from './validation.js';

/** How the client proves who it is. Every credential travels as `Authorization: Bearer …`. */
export type ReferralAuth =
  /** A publishable key (`pk_…`), for public pages and widgets. */
  | { publishableKey: string }
  /**
   * A contact token (`ct_…`) or the sandbox's admin token; a function is called before every
   * HTTP request, retries included, so a backend can refresh it.
   */
  | { token: string | (() => string | Promise<string>) };

export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Wait before the first retry, doubled on each next one, then jittered (full jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** Longest single wait. A `Retry-After` longer than this is not waited for: the 429 is thrown. Default 10 s. */
  maxDelayMs?: number;
  /** Budget of a whole call, retries and waits included; past it the call fails with a timeout. Default 60 s. */
  maxElapsedMs?: number;
}

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

/**
 * Performs one route, e.g. `transport(listServices, { query: { country: 'FR' } })` with `listServices`
 * from `@victim-referral/schemas/routes`, and resolves to its success body unchecked.
 */
export type RouteTransport = <const E extends EndpointDefinition>(
  route: Route<E>,
  ...input: Partial<TransportInput<E>> extends TransportInput<E>
    ? [input?: TransportInput<E>]
    : [input: TransportInput<E>]
) => Promise<ResultIn<E>>;

interface LooseInput extends IdempotentRequestOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** Server failures worth another attempt; every other status is final. */
const retriableStatuses = [429, 500, 502, 503, 504];

function kyRetry(policy: RetryPolicy): KyRetryOptions {
  const { limit = 2, baseDelayMs = 300, maxDelayMs = 10_000 } = policy;
  return {
    limit,
    // Which calls may be retried at all is decided per call (reads and idempotent creates).
    methods: ['get', 'post', 'patch', 'delete'],
    statusCodes: retriableStatuses,
    afterStatusCodes: retriableStatuses,
    retryOnTimeout: true,
    jitter: true,
    delay: (attempt) => baseDelayMs * 2 ** (attempt - 1),
    backoffLimit: maxDelayMs,
    maxRetryAfter: maxDelayMs,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const wait = retryAfterSeconds(error.response.headers.get('retry-after'));
      return wait !== undefined && wait * 1000 > maxDelayMs ? false : undefined;
    },
  };
}

function credentialOf(auth: ReferralAuth): () => string | Promise<string> {
  if ('publishableKey' in auth) return () => auth.publishableKey;
  const { token } = auth;
  return typeof token === 'function' ? token : () => token;
}

/** An endpoint definition, or the route of one. */
type Target = EndpointDefinition | Route;

function pathOf(endpoint: Target, params: Record<string, string> = {}): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

async function readSuccess(endpoint: Target, response: Response, validate: boolean): Promise<unknown> {
  const invalid = (issues: ResponseIssue[]) =>
    new ReferralResponseValidationError({
      status: response.status,
      requestId: response.headers.get(requestIdHeader) ?? undefined,
      issues,
    });
  const { success } = endpoint;
  const schema = 'json' in success ? undefined : success.body;
  if (validate && response.status !== success.status) {
    throw invalid([{ path: '', message: `Expected status ${success.status}, got ${response.status}` }]);
  }
  if ('json' in success ? !success.json : schema === null) return undefined;
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (error instanceof SyntaxError) throw invalid([{ path: '', message: 'Expected a JSON body' }]);
    throw error;
  }
  if (!validate || !schema) return data;
  const checked = await check(schema, data);
  if (!checked.ok) throw invalid(checked.issues);
  return checked.value;
}

/** Auth, retries, idempotency keys, timeouts and typed errors: what both transports are made of. */
function createSender(options: ReferralClientOptions): (endpoint: Target, input?: LooseInput) => Promise<unknown> {
  const { fetch: customFetch, retry = {}, validateResponses = true, userAgent } = options;
  const credential = credentialOf(options.auth);
  const authorize = async ({ request }: { request: Request }) => {
    request.headers.set('authorization', `Bearer ${await credential()}`);
  };
  const api = ky.create({
    prefix: options.baseUrl,
    timeout: options.timeoutMs ?? 10_000,
    totalTimeout: retry === false ? false : (retry.maxElapsedMs ?? 60_000),
    headers: userAgent === undefined ? {} : { 'user-agent': userAgent },
    hooks: { beforeRequest: [authorize], beforeRetry: [authorize] },
    ...(customFetch && { fetch: (input, init) => customFetch(input, init) }),
  });
  const retryOptions = retry === false ? 0 : kyRetry(retry);

  return async function send(endpoint, input = {}) {
    const idempotent = endpoint.idempotent === true;
    const request: Options = {
      method: endpoint.method,
      searchParams: input.query,
      json: input.body,
      headers: idempotent ? { [idempotencyKeyHeader]: input.idempotencyKey ?? newIdempotencyKey() } : {},
      retry: endpoint.method === 'GET' || idempotent ? retryOptions : 0,
      ...(input.signal && { signal: input.signal }),
    };
    try {
      const response = await api(pathOf(endpoint, input.params), request);
      return await readSuccess(endpoint, response, validateResponses);
    } catch (error) {
      throw await toReferralError(error, input.signal);
    }
  };
}

/** A transport for the options: what `createReferralClient` is built on, for bundles that call a few endpoints. */
export function createTransport(options: ReferralClientOptions): ReferralTransport {
  return createSender(options) as ReferralTransport;
}

/**
 * A transport for routes: the same requests, retries and errors as `createTransport`, without
 * checking answers against the contract, so a bundle that uses it holds no zod. For pages that
 * render what comes back defensively (the widgets); everything else should check answers.
 */
export function createRouteTransport(options: Omit<ReferralClientOptions, 'validateResponses'>): RouteTransport {
  return createSender({ ...options, validateResponses: false }) as RouteTransport;
}
