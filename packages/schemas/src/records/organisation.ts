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
  /** The name shown for the point of contact (a person or a team). */
  displayName: text(200),
  /** Their role in the organisation. */
  role: z.optional(text(200)),
  /** Their email address. */
  email: z.optional(Email),
  /** Their phone number. */
  phone: z.optional(PhoneNumber),
});

/** Who works with victims at the organisation, and how they are trained. */
export const Staffing = z.object({
  /** How many paid staff work with victims. */
  paidStaff: z.int().check(z.nonnegative()),
  /** How many volunteers work with victims. */
  volunteers: z.int().check(z.nonnegative()),
  /** Initial training hours required before working with victims. */
  trainingHours: z.optional(z.int().check(z.nonnegative())),
  /** The topics of that training. */
  trainingTopics: z.optional(z.array(text(200)).check(z.maxLength(50))),
});

/** Where the organisation's money comes from. */
export const Financing = z.object({
  /** Every source of its funding. */
  sources: codeListOf(fundingSources),
  /** The source of most of its funding. */
  primarySource: z.optional(codeOf(fundingSources)),
});

const organisationFields = {
  /** The organisation's name. */
  name: text(300),
  /** The country where the organisation is based. */
  country: CountryCode,
  /** The languages the organisation works in. */
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(50)),
  /** The organisation's website. */
  website: z.optional(WebUrl),
  /** What the organisation does, for the directory. */
  description: z.optional(text(4000)),
  /** The one person per organisation allowed to send and receive referrals, as shown publicly. */
  pointOfContact: PointOfContact,
  /** Who works with victims at the organisation, and how they are trained. */
  staffing: z.optional(Staffing),
  /** Where the organisation's money comes from. */
  financing: z.optional(Financing),
  /**
   * The public keys referrals and messages to this organisation are sealed to: usually one, two
   * or more during a rotation. None: the organisation receives in clear.
   */
  encryptionKeys: z.optional(z.array(EncryptionKey).check(z.maxLength(10))),
};

/** A member (or partner) organisation of the network, as published in the directory. */
export const Organisation = z.object({
  /** The organisation's id. */
  id: Id,
  ...organisationFields,
  /** When the organisation was added to the directory. */
  createdAt: Timestamp,
  /** When its entry last changed. */
  updatedAt: Timestamp,
});

/** What an administrator sends to add an organisation (sandbox only). */
export const OrganisationCreate = z.strictObject(organisationFields);

/** The answer to adding an organisation: the only time its publishable key and contact token are shown. */
export const OrganisationCreated = z.object({
  ...Organisation.shape,
  /** The organisation's credentials, shown only this once. */
  credentials: z.object({
    /** The key the organisation's public widgets use (`pk_...`). */
    publishableKey: z.string(),
    /** The token of its point of contact (`ct_...`). */
    contactToken: z.string(),
  }),
});

export type PointOfContact = z.infer<typeof PointOfContact>;
export type Staffing = z.infer<typeof Staffing>;
export type Financing = z.infer<typeof Financing>;
export type Organisation = z.infer<typeof Organisation>;
export type OrganisationCreate = z.input<typeof OrganisationCreate>;
export type OrganisationCreated = z.infer<typeof OrganisationCreated>;
