import { DomainError } from '../domain/errors.js';
import type { Party } from '../domain/referrals.js';
import type { ServiceEditor } from '../domain/service-ownership.js';
import type { StoredCredential } from '../store/credentials.js';

/** Who is calling: nobody, or the stored credential the request's Bearer token resolved to. */
export type Caller = { kind: 'none' } | StoredCredential;

/** The organisation behind a publishable key or contact token (the contract's auth list ensures one). */
export function partyOf(caller: Caller): Party {
  if ((caller.kind === 'contact-token' || caller.kind === 'publishable-key') && caller.organisationId !== null) {
    return { organisationId: caller.organisationId, credential: caller.kind };
  }
  throw new DomainError(403, 'forbidden', 'This needs the credential of an organisation');
}

/** The organisation whose services the caller may change: a contact token's own; any for the admin. */
export function editorOf(caller: Caller): ServiceEditor {
  return caller.kind === 'contact-token' ? (caller.organisationId ?? undefined) : undefined;
}
