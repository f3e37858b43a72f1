/**
 * The seeded directory: member organisations in real cities of the network's countries and
 * services drawn from the kinds members run, with every code of every vocabulary a service uses.
 */
import {
  accessibilityFeatures,
  accessRoutes,
  type CapacityStatus,
  deliveryModes,
  formsOfAssistance,
  fundingSources,
  type OpeningHours,
  type OpeningPeriod,
  type OrganisationCreate,
  type Service,
  type ServiceCreate,
  victimTypes,
  type Weekday,
} from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { OrganisationCredentials } from '../domain/credentials.js';
import { addOrganisation, addService } from '../domain/directory.js';
import type { Runtime } from '../runtime.js';
import { searchable } from '../search/text.js';
import { seededId } from './ids.js';
import { type City, type Country, countries } from './places.js';
import type { Random } from './random.js';
import { type HoursPattern, serviceKinds } from './service-kinds.js';

export interface SeededOrganisation {
  id: string;
  name: string;
  country: Country;
  city: City;
  /** Issued at random when seeding: shown once, never stored. */
  credentials: OrganisationCredentials;
}

/** When the seeded directory was last reviewed: fixed, so the seed is the same every time. */
const reviewedAt = new Date('2026-01-12T09:00:00Z');

function slug(text: string): string {
  return searchable(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function phone(random: Random, country: Country): string {
  return `+${country.callingCode}${random.int(2, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

const weekdaysOnly: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function periods(days: readonly Weekday[], opens: string, closes: string): OpeningPeriod[] {
  return days.map((day) => ({ day, opens, closes }));
}

function openingHours(random: Random, pattern: HoursPattern, timeZone: string): OpeningHours {
  switch (pattern) {
    case 'helpline':
      return random.chance(0.6)
        ? { timeZone, alwaysOpen: true, periods: [], notes: 'Open day and night, every day of the year' }
        : {
            timeZone,
            alwaysOpen: false,
            periods: periods([...weekdaysOnly, 'sat', 'sun'], '08:00', '22:00'),
          };
    case 'office':
      return random.chance(0.5)
        ? { timeZone, alwaysOpen: false, periods: periods(weekdaysOnly, '09:00', '17:00') }
        : {
            timeZone,
            alwaysOpen: false,
            periods: [...periods(weekdaysOnly, '09:00', '12:30'), ...periods(weekdaysOnly, '13:30', '17:30')],
            notes: 'Closed at lunchtime',
          };
    case 'extended':
      return {
        timeZone,
        alwaysOpen: false,
        periods: [
          ...periods(['mon', 'tue', 'wed', 'thu'], '08:30', '19:00'),
          { day: 'fri', opens: '08:30', closes: '16:00' },
        ],
      };
    case 'weekend':
      return {
        timeZone,
        alwaysOpen: false,
        periods: [...periods(weekdaysOnly, '12:00', '20:00'), ...periods(['sat', 'sun'], '10:00', '16:00')],
      };
    case 'evening':
      return {
        timeZone,
        alwaysOpen: false,
        periods: [
          ...periods(['mon', 'tue', 'wed', 'thu'], '18:00', '23:00'),
          { day: 'fri', opens: '20:00', closes: '02:00' },
        ],
        notes: 'Friday night until 2 am',
      };
  }
}

const extraLanguages = ['en', 'uk', 'ar', 'ru', 'ro', 'pl', 'tr', 'es', 'fr', 'de', 'pt'];
const trainingTopics = [
  'Active listening',
  "Victims' rights and the criminal procedure",
  'Trauma-informed practice',
  'Safety planning',
  'Data protection and confidentiality',
  'Working with interpreters',
];

function organisationInput(
  random: Random,
  country: Country,
  city: City,
  index: number,
): z.output<typeof OrganisationCreate> {
  const supportName = city.supportName ?? country.supportName;
  const name = `${supportName} ${city.name}`;
  const domain = `${slug(city.latin ?? city.name)}.${country.code.toLowerCase()}.victim-support.example`;
  const sources = random.sample(
    fundingSources.map((term) => term.code),
    random.int(1, 3),
  );
  return {
    name,
    country: country.code,
    languages: unique([...(city.languages ?? country.languages), ...(random.chance(0.6) ? ['en'] : [])]),
    website: `https://${domain}/`,
    description: `${name} supports victims of crime, witnesses and their families in ${city.region} — free of charge and in confidence. Member of the network since ${1990 + random.int(0, 30)}.`,
    pointOfContact: {
      displayName: country.people[index % country.people.length] ?? country.people[0] ?? name,
      role: 'Cross-border referral coordinator',
      email: `referrals@${domain}`,
      phone: phone(random, country),
    },
    staffing: {
      paidStaff: random.int(3, 180),
      volunteers: random.int(0, 900),
      trainingHours: random.pick([20, 30, 40, 60]),
      trainingTopics: random.sample(trainingTopics, random.int(2, 5)),
    },
    financing: { sources, primarySource: sources[0] ?? 'government' },
  };
}

/** Two members per country (one where the list has a single city), the national one first. */
export function seedOrganisations(rt: Runtime, random: Random): SeededOrganisation[] {
  const seeded: SeededOrganisation[] = [];
  for (const country of countries) {
    country.cities.slice(0, 2).forEach((city, index) => {
      const { organisation, credentials } = addOrganisation(
        rt,
        organisationInput(random, country, city, index),
        reviewedAt,
      );
      seeded.push({ id: organisation.id, name: organisation.name, country, city, credentials });
    });
  }
  return seeded;
}

function capacityStatus(random: Random, index: number): CapacityStatus {
  if (index % 10 === 3) return 'full';
  if (index % 10 === 6 || index % 10 === 8) return 'waiting-list';
  return random.chance(0.9) ? 'accepting' : 'waiting-list';
}

/** The n-th code of a vocabulary, cycling: every code appears once `count` exceeds its length. */
function cycle<Code extends string>(terms: readonly { code: Code }[], index: number): Code {
  return (terms[index % terms.length] as { code: Code }).code;
}

function serviceInput(
  random: Random,
  organisation: SeededOrganisation,
  index: number,
  kindIndex: number,
): z.output<typeof ServiceCreate> {
  const kind = serviceKinds[kindIndex % serviceKinds.length] ?? serviceKinds[0];
  if (!kind) throw new Error('No service kinds');
  const { country, city } = organisation;
  const delivery = unique([...kind.delivery, cycle(deliveryModes, index)]);
  const inPerson = delivery.includes('in-person') || delivery.includes('outreach');
  const otherCities = country.cities.filter((c) => c !== city);
  const places = inPerson
    ? [city, ...(random.chance(0.3) && otherCities.length > 0 ? [random.pick(otherCities)] : [])]
    : [];
  const localLanguages = city.languages ?? country.languages;
  const languages = unique([
    ...localLanguages,
    ...(random.chance(0.7) ? ['en'] : []),
    ...(random.chance(0.25) ? [random.pick(extraLanguages)] : []),
  ]);
  const domain = new URL(
    `https://${slug(city.latin ?? city.name)}.${country.code.toLowerCase()}.victim-support.example`,
  );
  const status = capacityStatus(random, index);
  return {
    organisationId: organisation.id,
    name: `${kind.name} — ${city.name}`,
    description: kind.description,
    assistance: unique([...kind.assistance, cycle(formsOfAssistance, index)]),
    victimTypes: unique([...kind.victimTypes, cycle(victimTypes, index)]),
    deliveryModes: delivery,
    accessRoutes: unique([...kind.access, cycle(accessRoutes, index)]),
    languages,
    serviceArea: {
      countries: [country.code],
      ...(random.chance(0.4) && { regions: [city.region] }),
    },
    locations: places.map((place, n) => ({
      id: seededId(`location:${index}:${n}`),
      name: `${organisation.name} — ${place.name}`,
      address: { city: place.name, region: place.region, country: country.code },
      coordinates: {
        latitude: Number((place.latitude + (random.next() - 0.5) * 0.03).toFixed(5)),
        longitude: Number((place.longitude + (random.next() - 0.5) * 0.03).toFixed(5)),
      },
    })),
    openingHours: openingHours(random, kind.hours, city.timeZone),
    ...(kind.ages && { eligibility: kind.ages }),
    freeOfCharge: random.chance(0.95),
    confidential: random.chance(0.98),
    accessibility: unique([
      cycle(accessibilityFeatures, index),
      ...(random.chance(0.5) ? [cycle(accessibilityFeatures, index + 2)] : []),
    ]),
    contact: {
      phone: phone(random, country),
      email: `${slug(kind.name)}@${domain.hostname}`,
      website: `${domain.origin}/${slug(kind.name)}`,
      ...(delivery.includes('chat') && { chatUrl: `${domain.origin}/chat` }),
    },
    capacity: {
      status,
      ...(status === 'waiting-list' && { waitingDays: random.int(3, 30) }),
      updatedAt: reviewedAt.toISOString(),
    },
    // One in twenty pauses new referrals, so the finder's pause switch has something to show.
    acceptingReferrals: index % 20 !== 11,
    verifiedAt: reviewedAt.toISOString(),
    ...(kind.confidentialLocation && { confidentialLocation: true }),
  };
}

/** `count` services spread over the organisations, each organisation running different kinds. */
export function seedServices(
  rt: Runtime,
  random: Random,
  organisations: SeededOrganisation[],
  count: number,
): Service[] {
  const services: Service[] = [];
  for (let index = 0; index < count; index++) {
    const organisationIndex = index % organisations.length;
    const organisation = organisations[organisationIndex];
    if (!organisation) throw new Error('No organisations to seed services for');
    const round = Math.floor(index / organisations.length);
    services.push(addService(rt, serviceInput(random, organisation, index, organisationIndex + round * 5), reviewedAt));
  }
  return services;
}
