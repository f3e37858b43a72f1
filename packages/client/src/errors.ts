/**
 * The errors every client method throws. One base class, `ReferralApiError`, and one subclass per
 * way a call can fail, chosen by the HTTP status (0 when no answer arrived). Messages and
 * `toJSON()` never carry credentials.
 */
import type { FieldError, ProblemCode, ReferralStatus } from '@victim-referral/schemas';
import { redactSecrets } from './redact.js';

/** Codes the client itself gives to failures that carry no problem document. */
export type ClientProblemCode =
  | 'network-error'
  | 'timeout'
  | 'invalid-response'
  | 'invalid-sealing-key'
  | 'sealed-data-unreadable';

export interface ReferralApiErrorInit {
  status: number;
  code: ProblemCode;
  title: string;
  detail?: string | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  requestId?: string | undefined;
  cause?: unknown;
}

/** The JSON form of an error, safe to log. */
export interface ReferralApiErrorJSON {
  name: string;
  message: string;
  status: number;
  code: ProblemCode;
  title: string;
  detail: string | undefined;
  fieldErrors: readonly FieldError[];
  requestId: string | undefined;
  cause: { name: string; message: string } | undefined;
  [extension: string]: unknown;
}

const brand = Symbol.for('@victim-referral/client:ReferralApiError');

/** Whether `value` is an error thrown by this client, even one from another copy of it or another realm. */
export function isReferralApiError(value: unknown): value is ReferralApiError {
  return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
}

function describe(init: ReferralApiErrorInit): string {
  const detail = init.detail ? `: ${init.detail}` : '';
  const request = init.requestId ? ` [request ${init.requestId}]` : '';
  return redactSecrets(`${init.title}${detail} (${init.status || 'no response'}, ${init.code})${request}`);
}

export class ReferralApiError extends Error {
  override name = 'ReferralApiError';
  /** HTTP status of the answer; 0 when none arrived (network failure, timeout). */
  readonly status: number;
  /** Stable machine code: one of the protocol's problem codes, or a client code such as `timeout`. */
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string | undefined;
  /** One entry per invalid field of the request; `path` is a JSON Pointer. */
  readonly fieldErrors: readonly FieldError[];
  /** The server's id of the request, to quote when asking its operators. */
  readonly requestId: string | undefined;

  constructor(init: ReferralApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = redactSecrets(init.title);
    this.detail = init.detail === undefined ? undefined : redactSecrets(init.detail);
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
  }

  /** Every field of the error (a subclass's extras included), the cause reduced to its name and message. */
  toJSON(): ReferralApiErrorJSON {
    const { cause } = this;
    return {
      ...({ ...this } as unknown as ReferralApiErrorJSON),
      message: this.message,
      cause: cause instanceof Error ? { name: cause.name, message: redactSecrets(cause.message) } : undefined,
    };
  }
}
Object.defineProperty(ReferralApiError.prototype, brand, { value: true });

/** 400 or 422: the request broke the contract or a business rule; see `fieldErrors`. */
export class ReferralValidationError extends ReferralApiError {
  override name = 'ReferralValidationError';
}

/** 401: the credential is missing, malformed, unknown or revoked. */
export class ReferralAuthenticationError extends ReferralApiError {
  override name = 'ReferralAuthenticationError';
}

/** 403: the credential may not call this endpoint. */
export class ReferralForbiddenError extends ReferralApiError {
  override name = 'ReferralForbiddenError';
}

/** 404: no such record, or one the caller's organisation may not see. */
export class ReferralNotFoundError extends ReferralApiError {
  override name = 'ReferralNotFoundError';
}

/** 409: the request conflicts with the record's state, or an idempotency key was reused with another body. */
export class ReferralConflictError extends ReferralApiError {
  override name = 'ReferralConflictError';
}

/** 409 `invalid-transition`: the state machine or the caller's role forbids the status change. */
export class ReferralInvalidTransitionError extends ReferralConflictError {
  override name = 'ReferralInvalidTransitionError';
  /** The statuses the caller may move the referral to now. */
  readonly allowedTransitions: readonly ReferralStatus[];

  constructor(init: ReferralApiErrorInit & { allowedTransitions: readonly ReferralStatus[] }) {
    super(init);
    this.allowedTransitions = init.allowedTransitions;
  }
}

/** 429: too many requests; wait `retryAfter` seconds. */
export class ReferralRateLimitError extends ReferralApiError {
  override name = 'ReferralRateLimitError';
  /** Seconds to wait before trying again, when the server said. */
  readonly retryAfter: number | undefined;

  constructor(init: ReferralApiErrorInit & { retryAfter: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: the server failed; the request may be retried. */
export class ReferralServerError extends ReferralApiError {
  override name = 'ReferralServerError';
}

/** No answer arrived: connection refused or dropped, DNS failure, offline. `status` is 0. */
export class ReferralNetworkError extends ReferralApiError {
  override name = 'ReferralNetworkError';
}

/** No answer arrived within the timeout. `status` is 0. */
export class ReferralTimeoutError extends ReferralNetworkError {
  override name = 'ReferralTimeoutError';
}

/** One place where a response broke the contract. */
export interface ResponseIssue {
  /** JSON Pointer into the response body; `''` for the body or the status itself. */
  path: string;
  message: string;
}

/** The server answered something the contract does not allow. */
export class ReferralResponseValidationError extends ReferralApiError {
  override name = 'ReferralResponseValidationError';
  /** JSON Pointer of the first offending value in the response body. */
  readonly path: string;
  readonly issues: readonly ResponseIssue[];

  constructor(init: Omit<ReferralApiErrorInit, 'code' | 'title'> & { issues: readonly ResponseIssue[] }) {
    const first = init.issues[0] ?? { path: '', message: 'Invalid response' };
    super({
      ...init,
      code: 'invalid-response',
      title: 'The server sent a response the contract does not allow',
      detail: `${first.path || '(body)'}: ${first.message}`,
    });
    this.path = first.path;
    this.issues = init.issues;
  }
}
