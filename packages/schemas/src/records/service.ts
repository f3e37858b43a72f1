import * as z from 'zod/mini';
import {
  CountryCode,
  codeListOf,
  codeOf,
  Email,
  Id,
  LanguageTag,
  LocalTime,
  PhoneNumber,
  Timestamp,
  TimeZone,
  text,
  WebUrl,
} from '../primitives.js';
import {
  accessibilityFeatures,
  accessRoutes,
  capacityStatuses,
  deliveryModes,
  formsOfAssistance,
  victimTypes,
  weekdays,
} from '../vocabularies.js';

export const Coordinates = z.object({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});

export const Address = z.object({
  street: z.optional(text(300)),
  city: text(200),
  postalCode: z.optional(text(20)),
  region: z.optional(text(200)),
  country: CountryCode,
});

const locationFields = {
  id: Id,
  name: z.optional(text(300)),
  address: Address,
};

/**
 * A place where the service is delivered in person (HSDS `location` via `service_at_location`).
 * A service with `confidentialLocation` is answered without `street` and `coordinates`.
 */
export const ServiceLocation = z.object({ ...locationFields, coordinates: z.optional(Coordinates) });

/** A location as its organisation sends it: always with coordinates. */
export const ServiceLocationInput = z.object({ ...locationFields, coordinates: Coordinates });

/** One opening period on a weekday, in the service's local time zone. */
export const OpeningPeriod = z.object({
  day: codeOf(weekdays),
  opens: LocalTime,
  closes: LocalTime,
});

/**
 * When a service can be reached. `alwaysOpen` services (24/7 helplines) list no periods.
 * Periods are wall-clock times in `timeZone`, so "open now" is computed where the service is.
 */
export const OpeningHours = z.object({
  timeZone: TimeZone,
  alwaysOpen: z.boolean(),
  periods: z.array(OpeningPeriod).check(z.maxLength(50)),
  notes: z.optional(text(500)),
});

export const Eligibility = z.object({
  minimumAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
  maximumAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
  description: z.optional(text(1000)),
});

export const Capacity = z.object({
  status: codeOf(capacityStatuses),
  /** Typical wait in days before first contact, when there is a waiting list. */
  waitingDays: z.optional(z.int().check(z.nonnegative())),
  /** Places free now, and places in all (e.g. beds of a shelter). */
  available: z.optional(z.int().check(z.nonnegative())),
  maximum: z.optional(z.int().check(z.nonnegative())),
  updatedAt: Timestamp,
});

/** How victims or professionals reach the service. */
export const ContactChannels = z.object({
  phone: z.optional(PhoneNumber),
  email: z.optional(Email),
  website: z.optional(WebUrl),
  chatUrl: z.optional(WebUrl),
});

export const ServiceArea = z.object({
  countries: z.array(CountryCode).check(z.minLength(1), z.maxLength(250)),
  regions: z.optional(z.array(text(200)).check(z.maxLength(100))),
});

const serviceFields = {
  organisationId: Id,
  name: text(300),
  description: z.optional(text(4000)),
  assistance: codeListOf(formsOfAssistance),
  victimTypes: codeListOf(victimTypes),
  deliveryModes: codeListOf(deliveryModes),
  accessRoutes: codeListOf(accessRoutes),
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(50)),
  serviceArea: ServiceArea,
  locations: z.array(ServiceLocationInput).check(z.maxLength(100)),
  openingHours: OpeningHours,
  eligibility: z.optional(Eligibility),
  freeOfCharge: z.boolean(),
  confidential: z.boolean(),
  accessibility: z.array(codeOf(accessibilityFeatures)).check(z.maxLength(accessibilityFeatures.length)),
  contact: ContactChannels,
  capacity: Capacity,
  /** Off while the service pauses new referrals (shown in the finder); absent means on. */
  acceptingReferrals: z.optional(z.boolean()),
  /** When the organisation last checked that this entry is right. */
  verifiedAt: z.optional(Timestamp),
  /** A shelter or safe house: its street and coordinates are never published, only its locality. */
  confidentialLocation: z.optional(z.boolean()),
};

/** A service offered by an organisation, aligned with HSDS 3.1 `service`. */
export const Service = z.object({
  id: Id,
  ...serviceFields,
  locations: z.array(ServiceLocation).check(z.maxLength(100)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Set on the tombstone of a service withdrawn from the directory (listed with `updatedSince` only). */
  withdrawnAt: z.optional(Timestamp),
});

/** What an organisation's point of contact (for its own organisation) or an administrator sends to add a service. */
export const ServiceCreate = z.strictObject(serviceFields);

/** What the owning organisation or an administrator sends to change a service; every field is optional. */
export const ServiceUpdate = z.partial(z.strictObject(serviceFields));

export type Coordinates = z.infer<typeof Coordinates>;
export type Address = z.infer<typeof Address>;
export type ServiceLocation = z.infer<typeof ServiceLocation>;
export type ServiceLocationInput = z.infer<typeof ServiceLocationInput>;
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;
export type OpeningHours = z.infer<typeof OpeningHours>;
export type Eligibility = z.infer<typeof Eligibility>;
export type Capacity = z.infer<typeof Capacity>;
export type ContactChannels = z.infer<typeof ContactChannels>;
export type ServiceArea = z.infer<typeof ServiceArea>;
export type Service = z.infer<typeof Service>;
export type ServiceCreate = z.input<typeof ServiceCreate>;
export type ServiceUpdate = z.input<typeof ServiceUpdate>;
