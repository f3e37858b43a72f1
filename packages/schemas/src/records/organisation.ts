import * as z from 'zod/mini';
import {
  CountryCode,
  codeListOf,
  codeOf,
  Email,
  Id,
  LanguageTag,
  PhoneNumber,
  Timestamp,
  text,
  WebUrl,
} from '../primitives.js';
import { fundingSources } from '../vocabularies.js';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'Expected base64url'));

/**
 * A public key as JWK (RFC 7517) for sealing referral data to an organisation
 * (ECDH-ES+A256KW). Elliptic curves only: P-256/P-384/P-521 or X25519.
 */
export const PublicKeyJwk = z.discriminatedUnion('kty', [
  z.object({
    kty: z.literal('EC'),
    crv: z.enum(['P-256', 'P-384', 'P-521']),
    x: base64url,
    y: base64url,
    kid: z.optional(text(200)),
    use: z.optional(z.literal('enc')),
    alg: z.optional(z.literal('ECDH-ES+A256KW')),
  }),
  z.object({
    kty: z.literal('OKP'),
    crv: z.literal('X25519'),
    x: base64url,
    kid: z.optional(text(200)),
    use: z.optional(z.literal('enc')),
    alg: z.optional(z.literal('ECDH-ES+A256KW')),
  }),
]);

/** The one person per organisation allowed to send and receive referrals, as shown publicly. */
export const PointOfContact = z.object({
  displayName: text(200),
  role: z.optional(text(200)),
  email: z.optional(Email),
  phone: z.optional(PhoneNumber),
});

export const Staffing = z.object({
  paidStaff: z.int().check(z.nonnegative()),
  volunteers: z.int().check(z.nonnegative()),
  /** Initial training hours required before working with victims. */
  trainingHours: z.optional(z.int().check(z.nonnegative())),
  trainingTopics: z.optional(z.array(text(200)).check(z.maxLength(50))),
});

export const Financing = z.object({
  sources: codeListOf(fundingSources),
  primarySource: z.optional(codeOf(fundingSources)),
});

const organisationFields = {
  name: text(300),
  country: CountryCode,
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(50)),
  website: z.optional(WebUrl),
  description: z.optional(text(4000)),
  pointOfContact: PointOfContact,
  staffing: z.optional(Staffing),
  financing: z.optional(Financing),
  publicKey: z.optional(PublicKeyJwk),
};

/** A member (or partner) organisation of the network, as published in the directory. */
export const Organisation = z.object({
  id: Id,
  ...organisationFields,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** What an administrator sends to add an organisation (sandbox only). */
export const OrganisationCreate = z.strictObject(organisationFields);

/** The answer to adding an organisation: the only time its publishable key and contact token are shown. */
export const OrganisationCreated = z.object({
  ...Organisation.shape,
  credentials: z.object({ publishableKey: z.string(), contactToken: z.string() }),
});

export type PublicKeyJwk = z.infer<typeof PublicKeyJwk>;
export type PointOfContact = z.infer<typeof PointOfContact>;
export type Staffing = z.infer<typeof Staffing>;
export type Financing = z.infer<typeof Financing>;
export type Organisation = z.infer<typeof Organisation>;
export type OrganisationCreate = z.input<typeof OrganisationCreate>;
export type OrganisationCreated = z.infer<typeof OrganisationCreated>;
