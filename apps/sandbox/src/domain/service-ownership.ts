/**
 * Who may change a service: an administrator any, a point of contact (contact token) only its
 * own organisation's. Another organisation's service answers 404, as if it did not exist.
 */
import type { Service } from '@victim-referral/schemas';
import type { Caller } from '../http/auth.js';
import { fieldProblem, notFound } from '../http/problem.js';
import type { Runtime } from '../runtime.js';
import { getService } from '../store/services.js';

/** The organisation a contact token acts for; undefined for the administrator. */
function ownerOf(caller: Caller): string | undefined {
  return caller.kind === 'contact-token' ? (caller.organisationId ?? undefined) : undefined;
}

/** A contact token adds services only for its own organisation. */
export function checkNewServiceOwner(caller: Caller, organisationId: string): void {
  const owner = ownerOf(caller);
  if (owner !== undefined && organisationId !== owner) {
    throw fieldProblem(
      '/organisationId',
      'A contact token adds services of its own organisation',
      'not-own-organisation',
    );
  }
}

/** The service the caller may change: not withdrawn, and its organisation's for a contact token. */
export function changeableService(rt: Runtime, caller: Caller, id: string, newOrganisationId?: string): Service {
  const service = getService(rt.db, id);
  const owner = ownerOf(caller);
  if (!service || service.withdrawnAt !== undefined || (owner !== undefined && service.organisationId !== owner)) {
    throw notFound('Service');
  }
  if (newOrganisationId !== undefined) checkNewServiceOwner(caller, newOrganisationId);
  return service;
}
