/** RFC 9457 problem details: the one shape of every error answer. */
import type { FieldError, KnownProblemCode, ProblemDetails, ReferralStatus } from '@victim-referral/schemas';

const titles: Record<KnownProblemCode, string> = {
  'validation-failed': 'The request is not valid',
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
  'idempotency-conflict': 'This Idempotency-Key was used with another request',
  'rate-limited': 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

export interface ProblemExtras {
  errors?: FieldError[];
  allowedTransitions?: ReferralStatus[];
  retryAfter?: number;
  headers?: Record<string, string>;
}

/** Thrown anywhere in a request; the app turns it into a problem+json answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: KnownProblemCode,
    readonly detail?: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail ?? titles[code]);
    this.name = 'ApiError';
  }
}

export function problemBody(error: ApiError, requestId: string): ProblemDetails {
  const { errors, allowedTransitions, retryAfter } = error.extras;
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

export function problemResponse(error: ApiError, requestId: string, headers: Headers = new Headers()): Response {
  headers.set('Content-Type', 'application/problem+json');
  for (const [name, value] of Object.entries(error.extras.headers ?? {})) headers.set(name, value);
  if (error.extras.retryAfter !== undefined) headers.set('Retry-After', String(error.extras.retryAfter));
  return new Response(JSON.stringify(problemBody(error, requestId)), { status: error.status, headers });
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} not found`);

/** A 422 pointing at one field of the body. */
export function fieldProblem(path: string, message: string, code = 'invalid'): ApiError {
  return new ApiError(422, 'validation-failed', message, { errors: [{ path, message, code }] });
}
