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

/** A point on the map, in WGS 84 degrees. */
export const Coordinates = z.object({
  /** Latitude, in degrees north. */
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude, in degrees east. */
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});

/** A postal address. */
export const Address = z.object({
  /** The street and number. */
  street: z.optional(text(300)),
  /** The town or city. */
  city: text(200),
  /** The postal code. */
  postalCode: z.optional(text(20)),
  /** The region, province or state. */
  region: z.optional(text(200)),
  /** The country. */
  country: CountryCode,
});

const locationFields = {
  /** The location's id. */
  id: Id,
  /** The location's name, e.g. the office it is. */
  name: z.optional(text(300)),
  /** Its address. */
  address: Address,
};

/**
 * A place where the service is delivered in person (HSDS `location` via `service_at_location`).
 * A service with `confidentialLocation` is answered without `street` and `coordinates`.
 */
export const ServiceLocation = z.object({
  ...locationFields,
  /** Where it is on the map; left out for a confidential location. */
  coordinates: z.optional(Coordinates),
});

/** A location as its organisation sends it: always with coordinates. */
export const ServiceLocationInput = z.object({
  ...locationFields,
  /** Where it is on the map. */
  coordinates: Coordinates,
});

/** One opening period on a weekday, in the service's local time zone. */
export const OpeningPeriod = z.object({
  /** The weekday. */
  day: codeOf(weekdays),
  /** When it opens, `HH:MM`. */
  opens: LocalTime,
  /** When it closes, `HH:MM`; `24:00` is midnight. */
  closes: LocalTime,
});

/**
 * When a service can be reached. `alwaysOpen` services (24/7 helplines) list no periods.
 * Periods are wall-clock times in `timeZone`, so "open now" is computed where the service is.
 */
export const OpeningHours = z.object({
  /** The time zone of the periods (IANA, e.g. `Europe/Lisbon`). */
  timeZone: TimeZone,
  /** Open at every hour (a 24/7 helpline): then no periods are listed. */
  alwaysOpen: z.boolean(),
  /** The opening periods of the week. */
  periods: z.array(OpeningPeriod).check(z.maxLength(50)),
  /** Anything else about when it can be reached, in words (public holidays). */
  notes: z.optional(text(500)),
});

/** Who the service is for. */
export const Eligibility = z.object({
  /** The youngest age it serves. */
  minimumAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** The oldest age it serves. */
  maximumAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** Who else it is or is not for, in words. */
  description: z.optional(text(1000)),
});

/** Whether the service can take on new cases now. */
export const Capacity = z.object({
  /** Whether it accepts new cases, has a waiting list, or is full. */
  status: codeOf(capacityStatuses),
  /** Typical wait in days before first contact, when there is a waiting list. */
  waitingDays: z.optional(z.int().check(z.nonnegative())),
  /** Places free now (e.g. beds of a shelter). */
  available: z.optional(z.int().check(z.nonnegative())),
  /** Places in all. */
  maximum: z.optional(z.int().check(z.nonnegative())),
  /** When the capacity was last updated. */
  updatedAt: Timestamp,
});

/** How victims or professionals reach the service. */
export const ContactChannels = z.object({
  /** The phone number to call. */
  phone: z.optional(PhoneNumber),
  /** The email address to write to. */
  email: z.optional(Email),
  /** The service's web page. */
  website: z.optional(WebUrl),
  /** Where to chat with the service online. */
  chatUrl: z.optional(WebUrl),
});

/** Where the service serves victims. */
export const ServiceArea = z.object({
  /** The countries it serves. */
  countries: z.array(CountryCode).check(z.minLength(1), z.maxLength(250)),
  /** The regions within them it serves; all of them when left out. */
  regions: z.optional(z.array(text(200)).check(z.maxLength(100))),
});

const serviceFields = {
  /** The organisation that offers the service. */
  organisationId: Id,
  /** The service's name. */
  name: text(300),
  /** What the service does, for victims and professionals. */
  description: z.optional(text(4000)),
  /** The forms of assistance it offers. */
  assistance: codeListOf(formsOfAssistance),
  /** The victims it is for, by what they have been through. */
  victimTypes: codeListOf(victimTypes),
  /** How it is delivered. */
  deliveryModes: codeListOf(deliveryModes),
  /** How victims can come to it. */
  accessRoutes: codeListOf(accessRoutes),
  /** The languages it can be delivered in. */
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(50)),
  /** Where it serves victims. */
  serviceArea: ServiceArea,
  /** The places where it is delivered in person. */
  locations: z.array(ServiceLocationInput).check(z.maxLength(100)),
  /** When it can be reached. */
  openingHours: OpeningHours,
  /** Who it is for. */
  eligibility: z.optional(Eligibility),
  /** Whether it is free of charge for victims. */
  freeOfCharge: z.boolean(),
  /** Whether it is confidential: what victims say stays with the service. */
  confidential: z.boolean(),
  /** What makes it accessible. */
  accessibility: z.array(codeOf(accessibilityFeatures)).check(z.maxLength(accessibilityFeatures.length)),
  /** How victims or professionals reach it. */
  contact: ContactChannels,
  /** Whether it can take on new cases now. */
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
  /** The service's id. */
  id: Id,
  ...serviceFields,
  /** The places where it is delivered in person; without street and coordinates for a confidential location. */
  locations: z.array(ServiceLocation).check(z.maxLength(100)),
  /** When the service was added to the directory. */
  createdAt: Timestamp,
  /** When its entry last changed. */
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
