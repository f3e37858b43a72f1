/**
 * What both transports are made of: the credential (read again for every attempt), the
 * idempotency key (one per call, reused by every retry), the retries of `retries.ts`, and reading
 * the success answer — checked against the endpoint's schema, or not. Attempts are made by the
 * `AttemptMaker` a transport passes in: ky for `createTransport`, fetch for `createRouteTransport`.
 */
import {
  type EndpointDefinition,
  type HttpMethod,
  idempotencyKeyHeader,
  type Route,
  requestIdHeader,
} from '@victim-referral/schemas';
import { ReferralResponseValidationError, type ResponseIssue } from './errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { type Attempt, withRetries } from './retries.js';
import type { IdempotentRequestOptions, ReferralAuth, ReferralClientOptions } from './transport.js';
import { check } from './validation.js';

export interface LooseInput extends IdempotentRequestOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** One request, ready to send but for the credential, which is read again for every attempt. */
export interface PreparedRequest {
  method: HttpMethod;
  /** The path, parameters filled in, to append to the base URL. */
  path: string;
  query: Record<string, string | number | boolean | undefined> | undefined;
  body: unknown;
  headers: Record<string, string>;
}

/** How a transport makes its attempts: with ky, or with plain fetch. */
export type AttemptMaker = (options: ReferralClientOptions) => (request: PreparedRequest) => Attempt;

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

/** Auth, idempotency keys, retries and reading the answer: what both transports are made of. */
export function createSender(
  options: ReferralClientOptions,
  attempts: AttemptMaker,
): (endpoint: Target, input?: LooseInput) => Promise<unknown> {
  const { retry = {}, validateResponses = true, userAgent } = options;
  const credential = credentialOf(options.auth);
  const attemptOf = attempts(options);
  return async (endpoint, input = {}) => {
    const idempotent = endpoint.idempotent === true;
    const headers: Record<string, string> = {
      ...(userAgent !== undefined && { 'user-agent': userAgent }),
      ...(idempotent && { [idempotencyKeyHeader]: input.idempotencyKey ?? newIdempotencyKey() }),
    };
    const request = {
      method: endpoint.method,
      path: pathOf(endpoint, input.params),
      query: input.query,
      body: input.body,
    };
    const authorized: Attempt = async (signal) =>
      attemptOf({ ...request, headers: { ...headers, authorization: `Bearer ${await credential()}` } })(signal);
    const response = await withRetries(
      authorized,
      endpoint.method === 'GET' || idempotent ? retry : retry && { ...retry, limit: 0 },
      input.signal,
    );
    return readSuccess(endpoint, response, validateResponses);
  };
}
