import { isReferralApiError } from '@victim-referral/client';

/**
 * What went wrong when a victim checked their request or withdrew consent, in the terms they are
 * told about. A wrong reference and a wrong secret are one problem: the victim is never told which.
 */
export type FollowUpProblem =
  | { readonly kind: 'wrong' | 'network' | 'server' | 'notAuthorised' | 'cannotWithdraw' }
  | { readonly kind: 'locked'; readonly retryAfter: number | undefined };

export function followUpProblemOf(error: unknown): FollowUpProblem {
  if (!isReferralApiError(error) || error.status === 0) return { kind: 'network' };
  const { status } = error;
  if (status === 429) {
    const retryAfter = 'retryAfter' in error && typeof error.retryAfter === 'number' ? error.retryAfter : undefined;
    return { kind: 'locked', retryAfter };
  }
  // 404 for an unknown reference or a wrong secret alike; 400 for either when it cannot be one.
  if (status === 404 || status === 400 || status === 422) return { kind: 'wrong' };
  if (status === 401 || status === 403) return { kind: 'notAuthorised' };
  if (status === 409) return { kind: 'cannotWithdraw' };
  return { kind: 'server' };
}

/** "in 15 minutes" in the reader's language: seconds under a minute, else whole minutes rounded up. */
export function retryIn(locale: string, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  return seconds < 60
    ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}

/** A reference as typed (` vr-7k3q-92xd `) in the protocol's capitals, without spaces. */
export function normaliseReference(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** A secret as written down, in groups: the spaces are not part of it. */
export function normaliseSecret(value: string): string {
  return value.replace(/\s+/g, '');
}
