/** The directory: member organisations and the services they offer. */
import * as z from 'zod/mini';
import { CountryCode, codeOf, Id, LanguageTag, queryNumber, Timestamp, text } from '../primitives.js';
import { EncryptionKey } from '../records/encryption-key.js';
import { Organisation, OrganisationCreate, OrganisationCreated } from '../records/organisation.js';
import { Page } from '../records/page.js';
import { Service, ServiceCreate, ServiceUpdate } from '../records/service.js';
import { accessibilityFeatures, deliveryModes, formsOfAssistance, victimTypes } from '../vocabularies.js';
import { endpoint, errorsWith, idParams, listQuery, queryBoolean } from './endpoint.js';

/** Search filters of the service directory. */
export const ServiceSearchQuery = listQuery({
  /** Text to find in a service's name or description, or its organisation's name. */
  q: z.optional(text(200)),
  /** Services serving this country. */
  country: z.optional(CountryCode),
  /** Services for victims of this kind of crime. */
  victimType: z.optional(codeOf(victimTypes)),
  /** Services offering this form of assistance. */
  assistance: z.optional(codeOf(formsOfAssistance)),
  /** Services delivered in this language. */
  language: z.optional(LanguageTag),
  /** Services delivered this way. */
  delivery: z.optional(codeOf(deliveryModes)),
  /** `true`: services free of charge; `false`: the others. */
  freeOfCharge: queryBoolean,
  /** `true`: services open now, where they are; `false`: the others. */
  openNow: queryBoolean,
  /** `latitude,longitude` of the point to search around. */
  near: z.optional(z.string().check(z.regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'Expected "latitude,longitude"'))),
  /** With `near`: how far from the point, in km. */
  radiusKm: z.optional(queryNumber({ min: 0.001, max: 20_000, decimals: true })),
  /** The services of this organisation. */
  organisation: z.optional(Id),
  /** Services with this accessibility feature. */
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

export const listOrganisations = endpoint({
  method: 'GET',
  path: '/v1/organisations',
  resource: 'organisations',
  summary: 'Member organisations of the network',
  auth: ['publishable-key', 'contact-token', 'admin-token'],
  query: listQuery({
    /** Organisations based in this country. */
    country: z.optional(CountryCode),
  }),
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

export const publishEncryptionKey = endpoint({
  method: 'POST',
  path: '/v1/organisations/{id}/keys',
  resource: 'organisations',
  summary:
    "Publish a public encryption key of the caller's own organisation (a rotation publishes the new key before retiring the old)",
  auth: ['contact-token'],
  params: idParams,
  body: EncryptionKey,
  success: { status: 201, body: Organisation },
  errors: errorsWith(403, 404, 409, 413, 415),
});

export const retireEncryptionKey = endpoint({
  method: 'DELETE',
  path: '/v1/organisations/{id}/keys/{kid}',
  resource: 'organisations',
  summary: "Retire a public encryption key of the caller's own organisation: nothing new is sealed to it",
  auth: ['contact-token'],
  params: z.object({
    /** The organisation's id. */
    id: Id,
    /** The `kid` of the key to retire. */
    kid: text(200),
  }),
  success: { status: 204, body: null },
  errors: errorsWith(403, 404),
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
