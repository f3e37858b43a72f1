import type { Party } from '../domain/referrals.js';
import type { Caller } from '../http/auth.js';
import { ApiError } from '../http/problem.js';

/** The organisation behind a publishable key or contact token (the contract's auth list ensures one). */
export function partyOf(caller: Caller): Party {
  if ((caller.kind === 'contact-token' || caller.kind === 'publishable-key') && caller.organisationId !== null) {
    return { organisationId: caller.organisationId, credential: caller.kind };
  }
  throw new ApiError(403, 'forbidden', 'This needs the credential of an organisation');
}
