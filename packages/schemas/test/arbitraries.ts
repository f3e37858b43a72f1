/** fast-check arbitraries of valid records, built from the vocabularies. */
import fc from 'fast-check';
import {
  accessibilityFeatures,
  accessRoutes,
  capacityStatuses,
  codesOf,
  consentMethods,
  consentPurposes,
  deliveryModes,
  formsOfAssistance,
  fundingSources,
  outcomes,
  priorities,
  protectionNeeds,
  referralStatuses,
  riskLevels,
  sharedDataCategories,
  type VocabularyTerm,
  victimTypes,
  webhookEventTypes,
  weekdays,
} from '../src/index.js';

const code = <C extends string>(terms: readonly VocabularyTerm<C>[]) => fc.constantFrom(...codesOf(terms));
const codes = <C extends string>(terms: readonly VocabularyTerm<C>[]) =>
  fc.uniqueArray(code(terms), { minLength: 1, maxLength: terms.length });
const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 60) }).filter((value) => /\S/.test(value));

const id = fc.uuid();
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const language = fc.constantFrom('pt', 'pt-BR', 'pl', 'uk', 'en', 'en-GB', 'es', 'fr', 'de', 'ro', 'ar');
const country = fc.constantFrom('PT', 'PL', 'UA', 'GB', 'DE', 'FR', 'ES', 'RO', 'IE');
const phone = fc.stringMatching(/^\+[1-9]\d{5,14}$/);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.constantFrom('example.org', 'apoio-vitima.example.pt', 'pomoc.example.pl'),
  )
  .map(([local, domain]) => `${local}@${domain}`);
const url = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.stringMatching(/^[a-z0-9/]{0,20}$/),
  )
  .map(([scheme, host, path]) => `${scheme}://${host}.example.org/${path}`);
const localTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
const reference = fc.stringMatching(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
/** `+ 0` turns -0 into 0: JSON has no negative zero. */
const degrees = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => value + 0);

const serviceFields = {
  organisationId: id,
  name: text(300),
  description: fc.option(text(4000), { nil: undefined }),
  assistance: codes(formsOfAssistance),
  victimTypes: codes(victimTypes),
  deliveryModes: codes(deliveryModes),
  accessRoutes: codes(accessRoutes),
  languages: fc.uniqueArray(language, { minLength: 1, maxLength: 5 }),
  serviceArea: fc.record({ countries: fc.uniqueArray(country, { minLength: 1, maxLength: 3 }) }),
  locations: fc.array(
    fc.record({
      id,
      name: text(300),
      address: fc.record(
        { street: text(300), city: text(200), postalCode: text(20), country },
        { requiredKeys: ['city', 'country'] },
      ),
      coordinates: fc.record({ latitude: degrees(90), longitude: degrees(180) }),
    }),
    { maxLength: 3 },
  ),
  openingHours: fc.record({
    timeZone: fc.constantFrom('Europe/Lisbon', 'Europe/Warsaw', 'Europe/Kyiv', 'UTC'),
    alwaysOpen: fc.boolean(),
    periods: fc.array(fc.record({ day: code(weekdays), opens: localTime, closes: localTime }), { maxLength: 10 }),
  }),
  freeOfCharge: fc.boolean(),
  confidential: fc.boolean(),
  accessibility: fc.uniqueArray(code(accessibilityFeatures), { maxLength: 6 }),
  contact: fc.record({ phone, email, website: url, chatUrl: url }, { requiredKeys: [] }),
  capacity: fc.record(
    { status: code(capacityStatuses), waitingDays: fc.nat({ max: 365 }), updatedAt: timestamp },
    { requiredKeys: ['status', 'updatedAt'] },
  ),
};

/** Drops keys whose value is undefined: optional fields are left out, not undefined. */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

export const serviceArbitrary = fc
  .record({ id, ...serviceFields, createdAt: timestamp, updatedAt: timestamp })
  .map(defined);

export const organisationArbitrary = fc.record(
  {
    id,
    name: text(300),
    country,
    languages: fc.uniqueArray(language, { minLength: 1, maxLength: 4 }),
    website: url,
    pointOfContact: fc.record(
      { displayName: text(200), role: text(200), email, phone },
      { requiredKeys: ['displayName'] },
    ),
    financing: fc.record(
      { sources: codes(fundingSources), primarySource: code(fundingSources) },
      { requiredKeys: ['sources'] },
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'name', 'country', 'languages', 'pointOfContact', 'createdAt', 'updatedAt'] },
);

const needs = fc.record({ assistance: codes(formsOfAssistance), victimTypes: codes(victimTypes) });
const victim = fc.record({
  name: text(200),
  languages: fc.uniqueArray(language, { minLength: 1, maxLength: 3 }),
  contact: fc.oneof(
    fc.record({
      kind: fc.constant('safe-contact' as const),
      channels: fc.array(
        fc.oneof(
          fc.record({ method: fc.constantFrom('phone' as const, 'sms' as const), phone }),
          fc.record({ method: fc.constant('email' as const), email }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      mayLeaveMessage: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('do-not-contact' as const), notes: text(500) }, { requiredKeys: ['kind'] }),
  ),
});
const consent = fc.record({
  explicit: fc.constant(true as const),
  recordedAt: timestamp,
  method: code(consentMethods),
  dataShared: codes(sharedDataCategories),
  purposes: codes(consentPurposes),
  sharedWith: fc.constant('receiving-organisation' as const),
  withdrawalExplained: fc.constant(true as const),
});
const assessment = fc.record({
  riskLevel: code(riskLevels),
  protectionNeeds: fc.uniqueArray(code(protectionNeeds), { maxLength: 8 }),
  assessedAt: timestamp,
});

export const referralCreateArbitrary = fc.record(
  {
    status: fc.constantFrom('draft' as const, 'sent' as const),
    receivingOrganisationId: id,
    serviceId: id,
    priority: code(priorities),
    needs,
    caseSummary: text(4000),
    assessment,
    victim,
    consent,
  },
  { requiredKeys: ['needs', 'caseSummary', 'victim', 'consent'] },
);

export const referralArbitrary = fc.record(
  {
    id,
    reference,
    kind: fc.constantFrom('professional' as const, 'self' as const),
    status: code(referralStatuses),
    priority: code(priorities),
    referringOrganisationId: id,
    receivingOrganisationId: id,
    serviceId: id,
    needs,
    caseSummary: fc.option(text(4000), { nil: null }),
    assessment,
    victim: fc.option(victim, { nil: null }),
    consent,
    responseDueAt: timestamp,
    sentAt: timestamp,
    outcome: code(outcomes),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  {
    requiredKeys: [
      'id',
      'reference',
      'kind',
      'status',
      'priority',
      'referringOrganisationId',
      'receivingOrganisationId',
      'needs',
      'caseSummary',
      'victim',
      'consent',
      'responseDueAt',
      'createdAt',
      'updatedAt',
    ],
  },
);

export const messageArbitrary = fc.record({
  id,
  referralId: id,
  authorOrganisationId: id,
  body: text(4000),
  createdAt: timestamp,
});

export const webhookEventArbitrary = fc.record({
  id,
  type: code(webhookEventTypes),
  createdAt: timestamp,
  organisationId: id,
  data: fc.record(
    {
      referralId: id,
      reference,
      status: code(referralStatuses),
      previousStatus: fc.option(code(referralStatuses), { nil: null }),
      messageId: id,
    },
    { requiredKeys: ['referralId', 'reference', 'status'] },
  ),
});
