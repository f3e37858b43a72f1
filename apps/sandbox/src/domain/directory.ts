/** Adding organisations and services to the directory, with their credentials and search entries. */
import { createECDH, createHash } from 'node:crypto';
import type { Organisation, OrganisationCreate, PublicKeyJwk, Service, ServiceCreate } from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Runtime } from '../runtime.js';
import { insertCredential } from '../store/credentials.js';
import { onCommit } from '../store/database.js';
import { getOrganisation, insertOrganisation } from '../store/organisations.js';
import { insertService, replaceService } from '../store/services.js';

/** Browsers on the developer's own machine may use every key; members add their sites. */
export const localOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];

/** Credentials derived from a secret and the organisation id: the same seed gives the same tokens. */
export function tokenFor(secret: string, purpose: string, prefix: string): string {
  return `${prefix}${createHash('sha256').update(`${secret}:${purpose}`).digest('base64url').slice(0, 32)}`;
}

export interface OrganisationCredentials {
  publishableKey: string;
  contactToken: string;
}

export function addOrganisation(
  rt: Runtime,
  secret: string,
  input: z.output<typeof OrganisationCreate>,
  at = rt.now(),
): { organisation: Organisation; credentials: OrganisationCredentials } {
  const organisation: Organisation = {
    id: rt.newId(),
    ...input,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  return { organisation, credentials: registerOrganisation(rt, secret, organisation) };
}

/** Stores an organisation record and issues its publishable key and contact token. */
export function registerOrganisation(rt: Runtime, secret: string, organisation: Organisation): OrganisationCredentials {
  insertOrganisation(rt.db, organisation);
  const credentials = {
    publishableKey: tokenFor(secret, `pk:${organisation.id}`, 'pk_'),
    contactToken: tokenFor(secret, `ct:${organisation.id}`, 'ct_'),
  };
  const websiteOrigin = organisation.website ? [new URL(organisation.website).origin] : [];
  insertCredential(rt.db, {
    token: credentials.publishableKey,
    kind: 'publishable-key',
    organisationId: organisation.id,
    allowedOrigins: [...localOrigins, ...websiteOrigin],
  });
  insertCredential(rt.db, {
    token: credentials.contactToken,
    kind: 'contact-token',
    organisationId: organisation.id,
    allowedOrigins: [],
  });
  return credentials;
}

/** A P-256 public key derived from a seed, for organisations whose key the sandbox makes up. */
export function derivedPublicKey(seed: string, kid: string): PublicKeyJwk {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(createHash('sha256').update(seed).digest());
  const point = ecdh.getPublicKey();
  return {
    kty: 'EC',
    crv: 'P-256',
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33, 65).toString('base64url'),
    kid,
    use: 'enc',
    alg: 'ECDH-ES+A256KW',
  };
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
