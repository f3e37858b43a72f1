/** RFC 9457 problem details: the one shape of every error answer. */
import { idempotencyKeyHeader, type KnownProblemCode, type ProblemDetails } from '@victim-referral/schemas';
import { DomainError, type DomainErrorExtras } from '../domain/errors.js';

const titles: Record<KnownProblemCode, string> = {
  'validation-failed': 'The request is not valid',
  'malformed-request': 'The request is not valid HTTP',
  'headers-too-large': 'The request headers are too large',
  'malformed-json': 'The body is not valid JSON',
  'unsupported-media-type': 'The body must be application/json',
  'payload-too-large': 'The body is too large',
  'invalid-cursor': 'The cursor is not valid',
  unauthenticated: 'Missing or invalid credentials',
  forbidden: 'This credential may not do this',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'Conflict',
  'invalid-transition': 'The referral cannot move to this status',
  'sealing-required': 'Personal fields must be sealed to the receiving organisation',
  'idempotency-conflict': `This ${idempotencyKeyHeader} was used with another request`,
  'rate-limited': 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

export interface ProblemExtras extends DomainErrorExtras {
  headers?: Record<string, string>;
}

/** A problem of the HTTP exchange itself (credentials, limits, headers, media types). */
export class ApiError extends DomainError {
  constructor(
    status: number,
    code: KnownProblemCode,
    detail?: string,
    override readonly extras: ProblemExtras = {},
  ) {
    super(status, code, detail, extras);
    this.name = 'ApiError';
  }
}

export function problemBody(error: DomainError, requestId: string): ProblemDetails {
  const { errors, allowedTransitions, retryAfter } = error.extras as ProblemExtras;
  return {
    type: `urn:victim-referral:problem:${error.code}`,
    title: titles[error.code],
    status: error.status,
    ...(error.detail !== undefined && { detail: error.detail }),
    code: error.code,
    ...(errors && { errors }),
    ...(allowedTransitions && { allowedTransitions }),
    ...(retryAfter !== undefined && { retryAfter }),
    requestId,
  };
}

/** The problem+json answer to a domain or HTTP error. */
export function problemResponse(error: DomainError, requestId: string, headers: Headers = new Headers()): Response {
  const extras = error.extras as ProblemExtras;
  headers.set('Content-Type', 'application/problem+json');
  for (const [name, value] of Object.entries(extras.headers ?? {})) headers.set(name, value);
  if (extras.retryAfter !== undefined) headers.set('Retry-After', String(extras.retryAfter));
  return new Response(JSON.stringify(problemBody(error, requestId)), { status: error.status, headers });
}
