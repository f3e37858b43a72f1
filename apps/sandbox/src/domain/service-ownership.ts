/**
 * Who may change a service: an administrator any, a point of contact (contact token) only its
 * own organisation's. Another organisation's service answers 404, as if it did not exist.
 */
import type { Service } from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { getService } from '../store/services.js';
import { fieldProblem, notFound } from './errors.js';

/** The organisation a point of contact acts for; undefined for the administrator, who may change any. */
export type ServiceEditor = string | undefined;

/** A contact token adds services only for its own organisation. */
export function checkNewServiceOwner(owner: ServiceEditor, organisationId: string): void {
  if (owner !== undefined && organisationId !== owner) {
    throw fieldProblem(
      '/organisationId',
      'A contact token adds services of its own organisation',
      'not-own-organisation',
    );
  }
}

/** The service the caller may change: not withdrawn, and its organisation's for a contact token. */
export function changeableService(rt: Runtime, owner: ServiceEditor, id: string, newOrganisationId?: string): Service {
  const service = getService(rt.db, id);
  if (!service || service.withdrawnAt !== undefined || (owner !== undefined && service.organisationId !== owner)) {
    throw notFound('Service');
  }
  if (newOrganisationId !== undefined) checkNewServiceOwner(owner, newOrganisationId);
  return service;
}
