/** Turns a failed attempt into the client's typed errors. */
import { type KnownProblemCode, requestIdHeader } from '@victim-referral/schemas';
import {
  ReferralApiError,
  type ReferralApiErrorInit,
  ReferralAuthenticationError,
  ReferralConflictError,
  ReferralForbiddenError,
  ReferralInvalidTransitionError,
  ReferralNetworkError,
  ReferralNotFoundError,
  ReferralRateLimitError,
  ReferralServerError,
  ReferralTimeoutError,
  ReferralValidationError,
} from './errors.js';
import { problemOf } from './problem-body.js';
import type { Failure } from './retries.js';

/** `Retry-After` in seconds (the protocol's form); undefined when absent or not a number. */
export function retryAfterSeconds(header: string | null): number | undefined {
  const seconds = header ? Number(header) : Number.NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

type ErrorClass = new (init: ReferralApiErrorInit) => ReferralApiError;

/** Per status, the error class and the code used when the body is not a problem document (a proxy's page). */
const byStatus: Partial<Record<number, [ErrorClass, KnownProblemCode]>> = {
  400: [ReferralValidationError, 'validation-failed'],
  401: [ReferralAuthenticationError, 'unauthenticated'],
  403: [ReferralForbiddenError, 'forbidden'],
  404: [ReferralNotFoundError, 'not-found'],
  409: [ReferralConflictError, 'conflict'],
  413: [ReferralApiError, 'payload-too-large'],
  415: [ReferralApiError, 'unsupported-media-type'],
  422: [ReferralValidationError, 'validation-failed'],
  429: [ReferralApiError, 'rate-limited'],
  503: [ReferralServerError, 'unavailable'],
};

function fromHttpFailure(response: Response, body: unknown): ReferralApiError {
  const problem = problemOf(body);
  const { status } = response;
  const init: ReferralApiErrorInit = {
    status,
    code: problem?.code ?? byStatus[status]?.[1] ?? (status >= 500 ? 'internal' : 'unexpected-status'),
    title: problem?.title ?? (response.statusText || `HTTP ${status}`),
    detail: problem?.detail,
    fieldErrors: problem?.errors,
    requestId: problem?.requestId ?? response.headers.get(requestIdHeader) ?? undefined,
  };
  if (status === 409 && init.code === 'invalid-transition') {
    return new ReferralInvalidTransitionError({ ...init, allowedTransitions: problem?.allowedTransitions ?? [] });
  }
  if (status === 429) {
    const retryAfter = problem?.retryAfter ?? retryAfterSeconds(response.headers.get('retry-after'));
    return new ReferralRateLimitError({ ...init, retryAfter });
  }
  const [ErrorClass = status >= 500 ? ReferralServerError : ReferralApiError] = byStatus[status] ?? [];
  return new ErrorClass(init);
}

/** The most specific description of a network failure: undici's "fetch failed" hides "other side closed". */
function innermostMessage(error: unknown): string | undefined {
  let message: string | undefined;
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++, current = current.cause)
    message = current.message;
  return message;
}

/**
 * The typed error for a failed attempt. The request is never kept as `cause`: it holds the
 * Authorization header.
 */
export function toReferralError(failure: Failure): ReferralApiError {
  if (failure.kind === 'http') return fromHttpFailure(failure.response, failure.body);
  if (failure.kind === 'timeout') {
    return new ReferralTimeoutError({ status: 0, code: 'timeout', title: 'The server did not answer in time' });
  }
  return new ReferralNetworkError({
    status: 0,
    code: 'network-error',
    title: 'The request did not reach the server or its answer was lost',
    detail: innermostMessage(failure.cause),
    cause: failure.cause,
  });
}
