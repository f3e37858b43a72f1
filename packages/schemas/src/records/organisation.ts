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
import { EncryptionKey } from './encryption-key.js';

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
  /**
   * The public keys referrals and messages to this organisation are sealed to: usually one, two
   * or more during a rotation. None: the organisation receives in clear.
   */
  encryptionKeys: z.optional(z.array(EncryptionKey).check(z.maxLength(10))),
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

export type PointOfContact = z.infer<typeof PointOfContact>;
export type Staffing = z.infer<typeof Staffing>;
export type Financing = z.infer<typeof Financing>;
export type Organisation = z.infer<typeof Organisation>;
export type OrganisationCreate = z.input<typeof OrganisationCreate>;
export type OrganisationCreated = z.infer<typeof OrganisationCreated>;
