/**
 * What the domain and the operations throw when a request cannot be carried out: a problem code
 * of the protocol, its status and the fields at fault. The HTTP layer turns it into problem+json;
 * nothing here knows about requests or responses.
 */
import type { FieldError, KnownProblemCode, ReferralStatus } from '@victim-referral/schemas';

export interface DomainErrorExtras {
  errors?: FieldError[];
  allowedTransitions?: ReferralStatus[];
  /** Seconds until the same request may succeed (a lock or a limit). */
  retryAfter?: number;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: KnownProblemCode,
    readonly detail?: string,
    readonly extras: DomainErrorExtras = {},
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(404, 'not-found', `${what} not found`);

/** A 422 pointing at one field of the body. */
export function fieldProblem(path: string, message: string, code = 'invalid'): DomainError {
  return new DomainError(422, 'validation-failed', message, { errors: [{ path, message, code }] });
}
