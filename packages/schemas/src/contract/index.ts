/**
 * The contract of the referral protocol v1: every endpoint as one typed object, each also exported
 * on its own so a bundle keeps only the endpoints (and response schemas) it calls.
 * The sandbox routes and validates from it, the client derives its methods' types from it, and
 * the build writes the OpenAPI 3.1 document from it. Nothing else describes the wire.
 */
import { ProblemDetails } from '../records/problem.js';
import {
  createOrganisation,
  createService,
  getOrganisation,
  getService,
  listOrganisations,
  listServices,
  publishEncryptionKey,
  retireEncryptionKey,
  updateService,
  withdrawService,
} from './directory.js';
import type { EndpointDefinition } from './endpoint.js';
import { getFollowUp, withdrawFollowUpConsent } from './follow-up.js';
import { getProtocolInfo, getTaxonomy } from './protocol.js';
import {
  createMessage,
  createReferral,
  getReferral,
  listEvents,
  listMessages,
  listReferrals,
  transitionReferral,
  updateReferral,
} from './referrals.js';
import { advanceSandboxClock, armFaults, getSandboxClock } from './sandbox.js';
import { createWebhook, deleteWebhook, listWebhooks } from './webhooks.js';

export * from './directory.js';
export {
  type Credential,
  credentialPrefixes,
  type EndpointDefinition,
  type HttpMethod,
  type Resource,
  resources,
} from './endpoint.js';
export * from './follow-up.js';
export * from './protocol.js';
export * from './referrals.js';
export * from './sandbox.js';
export * from './webhooks.js';

/** Every endpoint, by operation id. */
export const contract = {
  getProtocolInfo,
  getTaxonomy,
  listOrganisations,
  getOrganisation,
  createOrganisation,
  publishEncryptionKey,
  retireEncryptionKey,
  listServices,
  getService,
  createService,
  updateService,
  withdrawService,
  createReferral,
  listReferrals,
  getReferral,
  updateReferral,
  transitionReferral,
  listMessages,
  createMessage,
  listEvents,
  createWebhook,
  listWebhooks,
  deleteWebhook,
  getFollowUp,
  withdrawFollowUpConsent,
  armFaults,
  getSandboxClock,
  advanceSandboxClock,
} as const satisfies Record<string, EndpointDefinition>;

export type Contract = typeof contract;
export type OperationId = keyof Contract;

/** Every error answer of every endpoint carries this body. */
export const ErrorBody = ProblemDetails;
