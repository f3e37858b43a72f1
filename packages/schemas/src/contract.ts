/**
 * The contract of the referral protocol v1: every endpoint as one typed object, each also exported
 * on its own so a bundle keeps only the endpoints (and response schemas) it calls.
 * The sandbox routes and validates from it, the client derives its methods' types from it, and
 * the build writes the OpenAPI 3.1 document from it. Nothing else describes the wire.
 */
import * as z from 'zod/mini';
import type { Credential } from './credentials.js';
import { CountryCode, codeOf, Id, LanguageTag, queryNumber, Timestamp, text } from './primitives.js';
import { ReferralEvent } from './records/event.js';
import { FaultRule, FaultsArmed } from './records/fault.js';
import { FollowUpRequest, FollowUpView } from './records/follow-up.js';
import { Message, MessageCreate } from './records/message.js';
import { Organisation, OrganisationCreate, OrganisationCreated } from './records/organisation.js';
import { Cursor, Page } from './records/page.js';
import { ProblemDetails } from './records/problem.js';
import { ProtocolInfo, Taxonomy } from './records/protocol.js';
import {
  PrioritySchema,
  Referral,
  ReferralCreate,
  ReferralStatusSchema,
  ReferralUpdate,
  TransitionRequest,
} from './records/referral.js';
import { ClockAdvance, SandboxClock } from './records/sandbox-clock.js';
import { Service, ServiceCreate, ServiceUpdate } from './records/service.js';
import { WebhookCreate, WebhookSubscription, WebhookSubscriptionCreated } from './records/webhook.js';
import { accessibilityFeatures, deliveryModes, formsOfAssistance, victimTypes } from './vocabularies.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Resource =
  | 'protocol'
  | 'organisations'
  | 'services'
  | 'referrals'
  | 'messages'
  | 'events'
  | 'webhooks'
  | 'follow-up'
  | 'sandbox';

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

export interface EndpointDefinition {
  readonly method: HttpMethod;
  /** OpenAPI-style template: `/v1/referrals/{id}`. */
  readonly path: `/v1${string}`;
  readonly resource: Resource;
  readonly summary: string;
  /** The credentials that may call it; the first is the usual one. */
  readonly auth: readonly Credential[];
  readonly params?: ObjectSchema;
  readonly query?: ObjectSchema;
  readonly body?: Schema;
  /** Accepts an `Idempotency-Key` header: a retried create never makes a second record. */
  readonly idempotent?: boolean;
  /** The success answer: its status and body schema (null: no body). */
  readonly success: { readonly status: 200 | 201 | 204; readonly body: Schema | null };
  /** The error statuses this endpoint answers on purpose, each with a problem+json body. */
  readonly errors: readonly number[];
}

/* @__NO_SIDE_EFFECTS__ */
function endpoint<const E extends EndpointDefinition>(definition: E): E {
  return definition;
}

const limit = z.optional(queryNumber({ min: 1, max: 100 }));
/** A boolean query parameter: exactly `true` or `false` on the wire, a boolean once parsed. */
const queryBoolean = z.optional(
  z.pipe(
    z.enum(['true', 'false']),
    z.transform((value) => value === 'true'),
  ),
);
const idParams = z.object({ id: Id });

// The two helpers below keep object and array spreads out of the `endpoint()` arguments: a bundler
// cannot tell a spread has no side effects, and would then keep every endpoint of the contract.

/** The query of a list endpoint: its filters, then `limit` and `cursor`. */
/* @__NO_SIDE_EFFECTS__ */
function listQuery<const Filters extends Record<string, z.ZodMiniType>>(filters: Filters) {
  return z.strictObject({ ...filters, limit, cursor: z.optional(Cursor) });
}

/** The error statuses of an endpoint: those every endpoint with a credential answers, then its own. */
/* @__NO_SIDE_EFFECTS__ */
function errorsWith<const Statuses extends readonly number[]>(...statuses: Statuses) {
  return [400, 401, 429, ...statuses] as const;
}

/** Search filters of the service directory. */
export const ServiceSearchQuery = listQuery({
  q: z.optional(text(200)),
  country: z.optional(CountryCode),
  victimType: z.optional(codeOf(victimTypes)),
  assistance: z.optional(codeOf(formsOfAssistance)),
  language: z.optional(LanguageTag),
  delivery: z.optional(codeOf(deliveryModes)),
  freeOfCharge: queryBoolean,
  openNow: queryBoolean,
  /** `latitude,longitude` of the point to search around. */
  near: z.optional(z.string().check(z.regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'Expected "latitude,longitude"'))),
  radiusKm: z.optional(queryNumber({ min: 0.001, max: 20_000, decimals: true })),
  organisation: z.optional(Id),
  accessibility: z.optional(codeOf(accessibilityFeatures)),
  /** The victim's age, matched against each service's eligibility. */
  age: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(120))),
  /** `true`: neither paused nor full. */
  acceptingReferrals: queryBoolean,
  /** `true`: offers interpretation (the `interpretation` form of assistance). */
  interpretation: queryBoolean,
  /** What changed at or after this time, withdrawn services included as tombstones (`withdrawnAt` set). */
  updatedSince: z.optional(Timestamp),
});

export const ReferralListQuery = listQuery({
  box: z.optional(z.enum(['inbox', 'outbox'])),
  status: z.optional(ReferralStatusSchema),
  priority: z.optional(PrioritySchema),
  overdue: queryBoolean,
});

export const getProtocolInfo = endpoint({
  method: 'GET',
  path: '/v1',
  resource: 'protocol',
  summary: 'Protocol version and links to the OpenAPI document and JSON Schemas',
  auth: ['none'],
  success: { status: 200, body: ProtocolInfo },
  errors: [],
});

export const getTaxonomy = endpoint({
  method: 'GET',
  path: '/v1/taxonomy',
  resource: 'protocol',
  summary: 'The controlled vocabularies with their labels',
  auth: ['none'],
  success: { status: 200, body: Taxonomy },
  errors: [],
});

export const listOrganisations = endpoint({
  method: 'GET',
  path: '/v1/organisations',
  resource: 'organisations',
  summary: 'Member organisations of the network',
  auth: ['publishable-key', 'contact-token', 'admin-token'],
  query: listQuery({ country: z.optional(CountryCode) }),
  success: { status: 200, body: Page(Organisation) },
  errors: errorsWith(),
});

export const getOrganisation = endpoint({
  method: 'GET',
  path: '/v1/organisations/{id}',
  resource: 'organisations',
  summary: 'One organisation',
  auth: ['publishable-key', 'contact-token', 'admin-token'],
  params: idParams,
  success: { status: 200, body: Organisation },
  errors: errorsWith(404),
});

export const createOrganisation = endpoint({
  method: 'POST',
  path: '/v1/organisations',
  resource: 'organisations',
  summary: 'Add an organisation and issue its credentials, shown in this answer only (sandbox administration)',
  auth: ['admin-token'],
  body: OrganisationCreate,
  success: { status: 201, body: OrganisationCreated },
  errors: errorsWith(403, 409, 413, 415),
});

export const listServices = endpoint({
  method: 'GET',
  path: '/v1/services',
  resource: 'services',
  summary: 'Search the service directory',
  auth: ['publishable-key', 'contact-token', 'admin-token'],
  query: ServiceSearchQuery,
  success: { status: 200, body: Page(Service) },
  errors: errorsWith(),
});

export const getService = endpoint({
  method: 'GET',
  path: '/v1/services/{id}',
  resource: 'services',
  summary: 'One service',
  auth: ['publishable-key', 'contact-token', 'admin-token'],
  params: idParams,
  success: { status: 200, body: Service },
  errors: errorsWith(404),
});

export const createService = endpoint({
  method: 'POST',
  path: '/v1/services',
  resource: 'services',
  summary: 'Add a service: a contact token for its own organisation, or an administrator',
  auth: ['contact-token', 'admin-token'],
  body: ServiceCreate,
  idempotent: true,
  success: { status: 201, body: Service },
  errors: errorsWith(403, 409, 413, 415, 422),
});

export const updateService = endpoint({
  method: 'PATCH',
  path: '/v1/services/{id}',
  resource: 'services',
  summary: "Change a service, for example its capacity: the owning organisation's contact token, or an administrator",
  auth: ['contact-token', 'admin-token'],
  params: idParams,
  body: ServiceUpdate,
  success: { status: 200, body: Service },
  errors: errorsWith(403, 404, 413, 415, 422),
});

export const withdrawService = endpoint({
  method: 'DELETE',
  path: '/v1/services/{id}',
  resource: 'services',
  summary: 'Withdraw a service from the directory; mirrors see its tombstone with updatedSince',
  auth: ['contact-token', 'admin-token'],
  params: idParams,
  success: { status: 204, body: null },
  errors: errorsWith(403, 404),
});

export const createReferral = endpoint({
  method: 'POST',
  path: '/v1/referrals',
  resource: 'referrals',
  summary:
    'Create a referral (draft or sent), or refer one of the inbox onward (`basedOn`); with a publishable key, a self-referral',
  auth: ['contact-token', 'publishable-key'],
  body: ReferralCreate,
  idempotent: true,
  success: { status: 201, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const listReferrals = endpoint({
  method: 'GET',
  path: '/v1/referrals',
  resource: 'referrals',
  summary: "The caller organisation's referrals, received (inbox) or sent (outbox)",
  auth: ['contact-token'],
  query: ReferralListQuery,
  success: { status: 200, body: Page(Referral) },
  errors: errorsWith(403),
});

export const getReferral = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}',
  resource: 'referrals',
  summary: 'One referral of the caller organisation',
  auth: ['contact-token'],
  params: idParams,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404),
});

export const updateReferral = endpoint({
  method: 'PATCH',
  path: '/v1/referrals/{id}',
  resource: 'referrals',
  summary: 'Change a draft referral',
  auth: ['contact-token'],
  params: idParams,
  body: ReferralUpdate,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const transitionReferral = endpoint({
  method: 'POST',
  path: '/v1/referrals/{id}/transitions',
  resource: 'referrals',
  summary: 'Move a referral to another status, as the state machine allows the caller',
  auth: ['contact-token'],
  params: idParams,
  body: TransitionRequest,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const listMessages = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}/messages',
  resource: 'messages',
  summary: 'The case discussion of a referral, oldest first',
  auth: ['contact-token'],
  params: idParams,
  query: listQuery({}),
  success: { status: 200, body: Page(Message) },
  errors: errorsWith(403, 404),
});

export const createMessage = endpoint({
  method: 'POST',
  path: '/v1/referrals/{id}/messages',
  resource: 'messages',
  summary: 'Post a message in the case discussion',
  auth: ['contact-token'],
  params: idParams,
  body: MessageCreate,
  idempotent: true,
  success: { status: 201, body: Message },
  errors: errorsWith(403, 404, 409, 413, 415),
});

export const listEvents = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}/events',
  resource: 'events',
  summary: 'The audit trail of a referral, oldest first',
  auth: ['contact-token'],
  params: idParams,
  query: listQuery({}),
  success: { status: 200, body: Page(ReferralEvent) },
  errors: errorsWith(403, 404),
});

export const createWebhook = endpoint({
  method: 'POST',
  path: '/v1/webhooks',
  resource: 'webhooks',
  summary: "Subscribe the caller organisation's backend to referral events",
  auth: ['contact-token'],
  body: WebhookCreate,
  idempotent: true,
  success: { status: 201, body: WebhookSubscriptionCreated },
  errors: errorsWith(403, 409, 413, 415, 422),
});

export const listWebhooks = endpoint({
  method: 'GET',
  path: '/v1/webhooks',
  resource: 'webhooks',
  summary: "The caller organisation's webhook subscriptions",
  auth: ['contact-token'],
  query: listQuery({}),
  success: { status: 200, body: Page(WebhookSubscription) },
  errors: errorsWith(403),
});

export const deleteWebhook = endpoint({
  method: 'DELETE',
  path: '/v1/webhooks/{id}',
  resource: 'webhooks',
  summary: 'Remove a webhook subscription',
  auth: ['contact-token'],
  params: idParams,
  success: { status: 204, body: null },
  errors: errorsWith(403, 404),
});

export const getFollowUp = endpoint({
  method: 'POST',
  path: '/v1/follow-up',
  resource: 'follow-up',
  summary: "The victim's view of their own self-referral, by its reference and follow-up secret",
  auth: ['publishable-key'],
  body: FollowUpRequest,
  success: { status: 200, body: FollowUpView },
  errors: errorsWith(403, 404, 413, 415),
});

export const withdrawFollowUpConsent = endpoint({
  method: 'POST',
  path: '/v1/follow-up/withdraw-consent',
  resource: 'follow-up',
  summary: 'The victim withdraws their consent: the referral is withdrawn-consent and their personal data erased',
  auth: ['publishable-key'],
  body: FollowUpRequest,
  success: { status: 200, body: FollowUpView },
  errors: errorsWith(403, 404, 409, 413, 415),
});

export const getSandboxClock = endpoint({
  method: 'GET',
  path: '/v1/sandbox/clock',
  resource: 'sandbox',
  summary: "The sandbox's clock (sandbox started with --faults only)",
  auth: ['admin-token'],
  success: { status: 200, body: SandboxClock },
  errors: errorsWith(403, 404),
});

export const advanceSandboxClock = endpoint({
  method: 'POST',
  path: '/v1/sandbox/clock',
  resource: 'sandbox',
  summary: "Move the sandbox's clock forward; deadlines passed fire at once (sandbox started with --faults only)",
  auth: ['admin-token'],
  body: ClockAdvance,
  success: { status: 200, body: SandboxClock },
  errors: errorsWith(403, 404, 413, 415),
});

export const armFaults = endpoint({
  method: 'POST',
  path: '/v1/sandbox/faults',
  resource: 'sandbox',
  summary: 'Arm fault injection for the next matching requests (sandbox started with --faults only)',
  auth: ['admin-token'],
  body: FaultRule,
  success: { status: 201, body: FaultsArmed },
  errors: errorsWith(403, 404, 413, 415),
});

/** Every endpoint, by operation id. */
export const contract = {
  getProtocolInfo,
  getTaxonomy,
  listOrganisations,
  getOrganisation,
  createOrganisation,
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
