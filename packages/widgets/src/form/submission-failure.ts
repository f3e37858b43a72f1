import { isReferralApiError } from '@victim-referral/client';
import type { FieldError } from '@victim-referral/schemas';

export type FailureKind = 'network' | 'server' | 'rateLimited' | 'notAuthorised' | 'rejected';

export interface SubmissionFailure {
  readonly kind: FailureKind;
  /** With `rejected`: the server's field errors, to show on the fields. */
  readonly fieldErrors: readonly FieldError[];
}

/** What went wrong with a submission, in the terms the user is told about. Nothing is logged. */
export function classifyFailure(error: unknown): SubmissionFailure {
  if (!isReferralApiError(error)) return { kind: 'network', fieldErrors: [] };
  const { status, fieldErrors } = error;
  if (status === 0) return { kind: 'network', fieldErrors: [] };
  if (status === 429) return { kind: 'rateLimited', fieldErrors: [] };
  if (status === 401 || status === 403) return { kind: 'notAuthorised', fieldErrors: [] };
  if (status === 400 || status === 422) return { kind: 'rejected', fieldErrors };
  return { kind: 'server', fieldErrors: [] };
}
