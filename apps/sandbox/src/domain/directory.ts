/** Adding organisations and services to the directory, with their credentials and search entries. */
import type { Organisation, OrganisationCreate, Service, ServiceCreate } from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Runtime } from '../runtime.js';
import { onCommit } from '../store/database.js';
import { getOrganisation, insertOrganisation } from '../store/organisations.js';
import { insertService, replaceService } from '../store/services.js';
import { issueOrganisationCredentials, type OrganisationCredentials } from './credentials.js';

export function addOrganisation(
  rt: Runtime,
  input: z.output<typeof OrganisationCreate>,
  at = rt.now(),
): { organisation: Organisation; credentials: OrganisationCredentials } {
  const organisation: Organisation = {
    id: rt.newId(),
    ...input,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  return { organisation, credentials: registerOrganisation(rt, organisation) };
}

/** Stores an organisation record and issues its publishable key and contact token. */
export function registerOrganisation(rt: Runtime, organisation: Organisation): OrganisationCredentials {
  insertOrganisation(rt.db, organisation);
  return issueOrganisationCredentials(rt.db, organisation);
}

/** The search index follows the store once the change is committed. */
function indexService(rt: Runtime, seq: number, service: Service): void {
  const organisationName = getOrganisation(rt.db, service.organisationId)?.name ?? '';
  onCommit(rt.db, () => rt.services.upsert(seq, service, organisationName));
}

export function addService(rt: Runtime, input: z.output<typeof ServiceCreate>, at = rt.now()): Service {
  const service: Service = { id: rt.newId(), ...input, createdAt: at.toISOString(), updatedAt: at.toISOString() };
  registerService(rt, service);
  return service;
}

export function registerService(rt: Runtime, service: Service): void {
  indexService(rt, insertService(rt.db, service), service);
}

export function changeService(rt: Runtime, service: Service): void {
  replaceService(rt.db, service);
  const seq = rt.services.seqOf(service.id);
  if (seq !== undefined) indexService(rt, seq, service);
}
