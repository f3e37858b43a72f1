/**
 * HSDS 3.1 → our Organisation and Service records. Lenient: whatever cannot be mapped becomes
 * a warning with its JSON Pointer, and a record that still fails our schema is left out.
 */
import { toFieldErrors } from '../field-errors.js';
import { CountryCode } from '../primitives.js';
import { Organisation } from '../records/organisation.js';
import { Service, type ServiceLocation } from '../records/service.js';
import {
  type AccessibilityFeature,
  type CapacityStatus,
  type DeliveryMode,
  formsOfAssistance,
  type VocabularyName,
  victimTypes,
  vocabularies,
} from '../vocabularies.js';
import { derivedId, stableId } from './ids.js';
import {
  emailOf,
  type HsdsWarning,
  isObject,
  type Json,
  languageOf,
  numberOf,
  objectsOf,
  phoneOf,
  stringOf,
  textOf,
  timestampOf,
  urlOf,
  Warnings,
} from './read.js';
import { openingHoursOf } from './schedules.js';
import { nestTabular } from './tabular.js';
import { extraTaxonomies, isVocabularyName, type TaxonomyName, taxonomyPrefix } from './taxonomy.js';

export interface HsdsImportOptions {
  /** ISO 3166-1 country when nothing in the data names one (default `ZZ`, "unknown"). */
  defaultCountry?: string;
  /** IANA time zone of schedules that name none (default `UTC`). */
  defaultTimeZone?: string;
  /** Timestamp used where HSDS gives no modification time (default: now). */
  now?: string;
}

export interface HsdsImport {
  organisations: Organisation[];
  services: Service[];
  warnings: HsdsWarning[];
}

type Codes = Map<TaxonomyName, string[]>;

const accessibilityKeywords: [RegExp, AccessibilityFeature][] = [
  [/wheelchair|step-free|ramp|lift/i, 'step-free-access'],
  [/accessible (toilet|restroom|bathroom)/i, 'accessible-toilet'],
  [/hearing|induction loop/i, 'hearing-loop'],
  [/sign language/i, 'sign-language'],
  [/easy[ -]?read/i, 'easy-read'],
  [/screen[ -]?reader/i, 'screen-reader-friendly'],
];

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function codesIn(vocabulary: VocabularyName, values: readonly string[]): string[] {
  const known = new Set<string>(vocabularies[vocabulary].map((term) => term.code));
  return unique(values.filter((value) => known.has(value)));
}

class HsdsImporter {
  readonly warnings = new Warnings();
  readonly organisations = new Map<string, Organisation>();
  readonly services = new Map<string, Service>();
  private readonly now: string;
  private readonly defaultCountry: string;
  private readonly defaultTimeZone: string;

  constructor(options: HsdsImportOptions) {
    this.now = options.now ?? new Date().toISOString();
    this.defaultCountry = options.defaultCountry ?? 'ZZ';
    this.defaultTimeZone = options.defaultTimeZone ?? 'UTC';
  }

  /** Finds the organisations, services and service_at_locations in any supported shape. */
  read(value: unknown, path: string): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        this.read(item, `${path}/${index}`);
      });
      return;
    }
    if (!isObject(value)) {
      this.warnings.add(path, 'expected an HSDS object or a list of them; skipped');
      return;
    }
    if (Array.isArray(value.contents)) {
      this.read(value.contents, `${path}/contents`);
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.some((key) => key.endsWith('.csv'))) {
      this.warnings.add(
        path,
        'tabular (CSV) form: rows joined by their ids before import; paths refer to the joined form',
      );
      this.read(nestTabular(value), path);
      return;
    }
    const isCollections = !('id' in value) && !('name' in value);
    if (
      isCollections &&
      ['organizations', 'services', 'service_at_locations'].some((key) => Array.isArray(value[key]))
    ) {
      for (const [organization, index] of objectsOf(value.organizations)) {
        this.organisation(organization, `${path}/organizations/${index}`);
      }
      for (const [service, index] of objectsOf(value.services)) this.service(service, `${path}/services/${index}`);
      for (const [link, index] of objectsOf(value.service_at_locations)) {
        this.serviceAtLocation(link, `${path}/service_at_locations/${index}`);
      }
      return;
    }
    const kind = this.kindOf(value);
    if (kind === 'organization') this.organisation(value, path);
    else if (kind === 'service') this.service(value, path);
    else if (kind === 'service_at_location') this.serviceAtLocation(value, path);
    else this.warnings.add(path, 'not an HSDS organization, service or service_at_location; skipped');
  }

  private kindOf(value: Json): 'organization' | 'service' | 'service_at_location' | undefined {
    if (!('name' in value) && ['service', 'location', 'service_id', 'location_id'].some((key) => key in value)) {
      return 'service_at_location';
    }
    if (typeof value.name !== 'string') return undefined;
    if (
      ['status', 'organization_id', 'service_at_locations', 'capacities', 'eligibility_description'].some(
        (key) => key in value,
      )
    ) {
      return 'service';
    }
    const organizationKeys = [
      'services',
      'website',
      'legal_status',
      'tax_status',
      'year_incorporated',
      'organization_identifiers',
    ];
    if (organizationKeys.some((key) => key in value)) return 'organization';
    return undefined;
  }

  /** Our codes from `victim-referral/...` attributes; other taxonomies matched by code where unambiguous. */
  private codesOf(attributes: unknown, path: string): Codes {
    const codes: Codes = new Map();
    const add = (taxonomy: TaxonomyName, code: string) => codes.set(taxonomy, [...(codes.get(taxonomy) ?? []), code]);
    for (const [attribute, index] of objectsOf(attributes)) {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
      const taxonomy = stringOf(term.taxonomy) ?? '';
      const code = stringOf(term.code) ?? stringOf(attribute.value);
      if (code === undefined) continue;
      const name = taxonomy.startsWith(taxonomyPrefix) ? taxonomy.slice(taxonomyPrefix.length) : undefined;
      if (name !== undefined && (isVocabularyName(name) || Object.values(extraTaxonomies).includes(name as never))) {
        add(name as TaxonomyName, code);
        continue;
      }
      const assistance = formsOfAssistance.some((term) => term.code === code);
      const victimType = victimTypes.some((term) => term.code === code);
      if (assistance !== victimType) add(assistance ? 'formsOfAssistance' : 'victimTypes', code);
      else {
        const label = stringOf(attribute.label) ?? stringOf(term.name) ?? code;
        this.warnings.add(
          `${path}/${index}`,
          `attribute ${JSON.stringify(label)} (taxonomy ${JSON.stringify(taxonomy)}) has no equivalent; ignored`,
        );
      }
    }
    return codes;
  }

  private vocabularyCodes<V extends VocabularyName>(codes: Codes, vocabulary: V, path: string): string[] {
    const given = codes.get(vocabulary) ?? [];
    const known = codesIn(vocabulary, given);
    for (const code of given.filter((code) => !known.includes(code))) {
      this.warnings.add(path, `unknown ${vocabulary} code ${JSON.stringify(code)}; ignored`);
    }
    return known;
  }

  private withDefault<T>(values: T[], fallback: T[], path: string, what: string): T[] {
    if (values.length > 0) return values;
    this.warnings.add(path, `no ${what} given; defaulted to ${fallback.join(', ')}`);
    return fallback;
  }

  private location(value: unknown, path: string): ServiceLocation | undefined {
    if (!isObject(value)) return undefined;
    const hsdsId = stringOf(value.id);
    const latitude = numberOf(value.latitude);
    const longitude = numberOf(value.longitude);
    if (latitude === undefined || longitude === undefined || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      this.warnings.add(
        path,
        `location without valid coordinates (latitude ${String(value.latitude)}, longitude ${String(value.longitude)}); left out`,
      );
      return undefined;
    }
    const addresses = objectsOf(value.addresses);
    const [address, addressIndex] = addresses.find(([candidate]) => candidate.address_type === 'physical') ??
      addresses[0] ?? [undefined, 0];
    const addressPath = `${path}/addresses/${addressIndex}`;
    const city = address && textOf(address.city, 200, `${addressPath}/city`, this.warnings);
    const country = stringOf(address?.country)?.toUpperCase();
    if (!address || !city || !CountryCode.safeParse(country).success) {
      this.warnings.add(
        address ? addressPath : path,
        'location without an address with city and ISO country code; left out',
      );
      return undefined;
    }
    const street = [stringOf(address.address_1), stringOf(address.address_2)].filter(Boolean).join(', ');
    const name = textOf(value.name, 300, `${path}/name`, this.warnings);
    const postalCode = textOf(address.postal_code, 20, `${addressPath}/postal_code`, this.warnings);
    const region = textOf(address.region ?? address.state_province, 200, `${addressPath}/region`, this.warnings);
    return {
      id: hsdsId ? stableId('location', hsdsId) : derivedId('location', path),
      ...(name ? { name } : {}),
      address: {
        ...(street ? { street: street.slice(0, 300) } : {}),
        city,
        ...(postalCode ? { postalCode } : {}),
        ...(region ? { region } : {}),
        country: country as string,
      },
      coordinates: { latitude, longitude },
    };
  }

  private locationsOf(links: [Json, string][]): { locations: ServiceLocation[]; accessibility: string[] } {
    const locations: ServiceLocation[] = [];
    const accessibility: string[] = [];
    for (const [link, linkPath] of links) {
      const location = this.location(link.location, `${linkPath}/location`);
      if (location && !locations.some((known) => known.id === location.id)) locations.push(location);
      for (const [feature] of objectsOf(isObject(link.location) ? link.location.accessibility : undefined)) {
        const text = [stringOf(feature.description), stringOf(feature.details)].filter(Boolean).join(' ');
        for (const [pattern, code] of accessibilityKeywords) if (pattern.test(text)) accessibility.push(code);
      }
    }
    return { locations, accessibility };
  }

  private service(value: Json, path: string, organisationId?: string, extraLinks: [Json, string][] = []): void {
    const hsdsId = stringOf(value.id);
    const name = textOf(value.name, 300, `${path}/name`, this.warnings);
    if (!hsdsId || !name) {
      this.warnings.add(path, 'service without id or name; skipped');
      return;
    }
    const id = stableId('service', hsdsId);
    if (id !== hsdsId.toLowerCase())
      this.warnings.add(`${path}/id`, `id ${JSON.stringify(hsdsId)} is not a UUID; used ${id}`);
    if (this.services.has(id)) return;
    const status = stringOf(value.status);
    if (status === 'inactive' || status === 'defunct') {
      this.warnings.add(`${path}/status`, `service is ${status}; skipped`);
      return;
    }
    if (isObject(value.organization)) this.organisation(value.organization, `${path}/organization`);
    const hsdsOrganisationId =
      stringOf(value.organization_id) ?? stringOf(isObject(value.organization) ? value.organization.id : undefined);
    const ownerId = organisationId ?? (hsdsOrganisationId ? stableId('organization', hsdsOrganisationId) : undefined);
    if (!ownerId) this.warnings.add(path, 'service names no organization; linked to a placeholder organisation id');

    const codes = this.codesOf(value.attributes, `${path}/attributes`);
    const flags = codes.get(extraTaxonomies.serviceFlags) ?? [];
    const links: [Json, string][] = [
      ...objectsOf(value.service_at_locations).map(([link, index]): [Json, string] => [
        link,
        `${path}/service_at_locations/${index}`,
      ]),
      ...extraLinks,
    ];
    const { locations, accessibility } = this.locationsOf(links);
    const phone = objectsOf(value.phones)
      .map(([entry, index]) => phoneOf(entry.number, `${path}/phones/${index}/number`, this.warnings))
      .find(Boolean);
    const email = emailOf(value.email, `${path}/email`, this.warnings);
    const website = urlOf(value.url, `${path}/url`, this.warnings);
    const chatUrl = objectsOf(value.additional_urls)
      .filter(([entry]) => /chat/i.test(stringOf(entry.label) ?? ''))
      .map(([entry, index]) => urlOf(entry.url, `${path}/additional_urls/${index}/url`, this.warnings))
      .find(Boolean);
    const languages = unique(
      objectsOf(value.languages)
        .map(([entry, index]) => languageOf(entry.code, `${path}/languages/${index}/code`, this.warnings))
        .filter((tag): tag is string => tag !== undefined),
    );
    const areas = objectsOf(value.service_areas);
    const areaCountries = areas
      .filter(([area]) => area.extent_type === 'iso3166-1-alpha-2')
      .map(([area]) => stringOf(area.extent) ?? stringOf(area.name) ?? '');
    const regions = areas
      .filter(([area]) => area.extent_type !== 'iso3166-1-alpha-2')
      .map(([area, index]) => textOf(area.name, 200, `${path}/service_areas/${index}/name`, this.warnings))
      .filter((region): region is string => region !== undefined);
    const countries = unique(
      [...areaCountries, ...locations.map((location) => location.address.country)].filter(
        (country) => CountryCode.safeParse(country).success,
      ),
    );
    const delivery: DeliveryMode[] = [
      ...(locations.length > 0 ? (['in-person'] as const) : []),
      ...(phone ? (['phone'] as const) : []),
      ...(email ? (['email'] as const) : []),
      ...(chatUrl ? (['chat'] as const) : []),
    ];
    const modified = timestampOf(value.last_modified, `${path}/last_modified`, this.warnings) ?? this.now;
    const minimumAge = numberOf(value.minimum_age);
    const maximumAge = numberOf(value.maximum_age);
    const eligibilityDescription = textOf(
      value.eligibility_description,
      1000,
      `${path}/eligibility_description`,
      this.warnings,
    );
    const description = textOf(value.description, 4000, `${path}/description`, this.warnings);

    const candidate = {
      id,
      organisationId: ownerId ?? derivedId('organization', 'unknown'),
      name,
      ...(description ? { description } : {}),
      assistance: this.withDefault(
        this.vocabularyCodes(codes, 'formsOfAssistance', `${path}/attributes`),
        ['information'],
        `${path}/attributes`,
        'forms of assistance',
      ),
      victimTypes: this.withDefault(
        this.vocabularyCodes(codes, 'victimTypes', `${path}/attributes`),
        ['other'],
        `${path}/attributes`,
        'victim types',
      ),
      deliveryModes: this.withDefault(
        codes.has('deliveryModes') ? this.vocabularyCodes(codes, 'deliveryModes', `${path}/attributes`) : delivery,
        ['in-person'],
        path,
        'delivery modes',
      ),
      accessRoutes: this.withDefault(
        this.vocabularyCodes(codes, 'accessRoutes', `${path}/attributes`),
        ['self'],
        path,
        'access routes',
      ),
      languages: this.withDefault(languages, ['en'], `${path}/languages`, 'languages'),
      serviceArea: {
        countries: this.withDefault(countries, [this.defaultCountry], `${path}/service_areas`, 'country'),
        ...(regions.length > 0 ? { regions } : {}),
      },
      locations,
      openingHours: openingHoursOf(
        value.schedules ?? links.flatMap(([link]) => (Array.isArray(link.schedules) ? link.schedules : [])),
        `${path}/schedules`,
        { timeZone: codes.get(extraTaxonomies.timeZone)?.[0], fallback: this.defaultTimeZone },
        this.warnings,
      ),
      ...(minimumAge !== undefined || maximumAge !== undefined || eligibilityDescription
        ? {
            eligibility: {
              ...(minimumAge !== undefined ? { minimumAge } : {}),
              ...(maximumAge !== undefined ? { maximumAge } : {}),
              ...(eligibilityDescription ? { description: eligibilityDescription } : {}),
            },
          }
        : {}),
      freeOfCharge:
        flags.includes('free-of-charge') || (!flags.includes('charges-fees') && this.freeOfCharge(value, path)),
      confidential:
        flags.includes('confidential') ||
        (!flags.includes('not-confidential') && this.assumed(true, path, 'confidentiality')),
      accessibility: unique(
        codes.has('accessibilityFeatures')
          ? this.vocabularyCodes(codes, 'accessibilityFeatures', `${path}/attributes`)
          : accessibility,
      ),
      contact: {
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        ...(website ? { website } : {}),
        ...(chatUrl ? { chatUrl } : {}),
      },
      capacity: this.capacity(value, codes, path, status === 'temporarily closed', modified),
      createdAt: modified,
      updatedAt: modified,
    };
    const result = Service.safeParse(candidate);
    if (result.success) this.services.set(id, result.data);
    else this.rejected(path, 'service', result.error, candidate);
  }

  private assumed<T>(value: T, path: string, what: string): T {
    this.warnings.add(path, `${what} not stated in HSDS; assumed ${String(value)}`);
    return value;
  }

  /** Free unless a cost option has an amount or the fee description says otherwise. */
  private freeOfCharge(value: Json, path: string): boolean {
    const charged = objectsOf(value.cost_options).some(([option]) => (numberOf(option.amount) ?? 0) > 0);
    if (charged) return false;
    const fees = stringOf(value.fees_description);
    if (fees !== undefined) return /\bfree\b/i.test(fees);
    return this.assumed(true, path, 'cost');
  }

  private capacity(value: Json, codes: Codes, path: string, closed: boolean, modified: string) {
    const waitingDays = Number((stringOf(value.wait_time) ?? '').match(/(\d+)\s*day/i)?.[1] ?? Number.NaN);
    const waiting = Number.isInteger(waitingDays) ? { waitingDays } : {};
    const [given] = this.vocabularyCodes(codes, 'capacityStatuses', `${path}/attributes`) as CapacityStatus[];
    const [entry] = objectsOf(value.capacities);
    const updatedAt =
      (entry && timestampOf(entry[0].updated, `${path}/capacities/${entry[1]}/updated`, this.warnings)) ?? modified;
    if (closed) {
      this.warnings.add(`${path}/status`, 'service is temporarily closed; capacity set to full');
      return { status: 'full' as const, updatedAt };
    }
    if (given) return { status: given, ...waiting, updatedAt };
    const available = entry ? numberOf(entry[0].available) : undefined;
    if (available !== undefined)
      return { status: available > 0 ? ('accepting' as const) : ('full' as const), ...waiting, updatedAt };
    this.warnings.add(path, 'capacity not stated in HSDS; assumed accepting');
    return { status: 'accepting' as const, ...waiting, updatedAt };
  }

  private serviceAtLocation(value: Json, path: string): void {
    if (isObject(value.service)) {
      this.service(value.service, `${path}/service`, undefined, [[value, path]]);
      return;
    }
    const serviceId = stringOf(value.service_id);
    const service = serviceId ? this.services.get(stableId('service', serviceId)) : undefined;
    if (!service) {
      this.warnings.add(path, 'service_at_location for a service not in this document; skipped');
      return;
    }
    const location = this.location(value.location, `${path}/location`);
    if (location && !service.locations.some((known) => known.id === location.id)) {
      this.services.set(service.id, { ...service, locations: [...service.locations, location] });
    }
  }

  private organisation(value: Json, path: string): void {
    const hsdsId = stringOf(value.id);
    const name = textOf(value.name, 300, `${path}/name`, this.warnings);
    if (!hsdsId || !name) {
      this.warnings.add(path, 'organization without id or name; skipped');
      return;
    }
    const id = stableId('organization', hsdsId);
    if (this.organisations.has(id)) return;
    const ownServices = objectsOf(value.services);
    for (const [service, index] of ownServices) this.service(service, `${path}/services/${index}`, id);
    const services = [...this.services.values()].filter((service) => service.organisationId === id);

    const codes = this.codesOf(value.attributes, `${path}/attributes`);
    const addressCountries = objectsOf(value.locations).flatMap(([location]) =>
      objectsOf(location.addresses).map(([address]) => stringOf(address.country)?.toUpperCase() ?? ''),
    );
    const countries = [
      ...(codes.get(extraTaxonomies.country) ?? []),
      ...addressCountries,
      ...services.flatMap((service) => service.serviceArea.countries),
    ].filter((country) => country !== 'ZZ' && CountryCode.safeParse(country).success);
    const country = countries[0] ?? this.assumed(this.defaultCountry, path, 'country');
    const languages = unique([
      ...(codes.get(extraTaxonomies.languages) ?? []),
      ...services.flatMap((service) => service.languages),
    ]);
    const [contact, contactIndex] = objectsOf(value.contacts)[0] ?? [undefined, 0];
    const contactPath = `${path}/contacts/${contactIndex}`;
    const contactName = contact && textOf(contact.name, 200, `${contactPath}/name`, this.warnings);
    if (!contactName) this.warnings.add(path, 'no named contact; the point of contact is shown as the organisation');
    const role = contact && textOf(contact.title, 200, `${contactPath}/title`, this.warnings);
    const contactEmail = emailOf(
      contact?.email ?? value.email,
      contact ? `${contactPath}/email` : `${path}/email`,
      this.warnings,
    );
    const contactPhone = objectsOf(contact?.phones)
      .map(([phone, index]) => phoneOf(phone.number, `${contactPath}/phones/${index}/number`, this.warnings))
      .find(Boolean);
    const funding = this.vocabularyCodes(codes, 'fundingSources', `${path}/attributes`);
    if (funding.length === 0 && objectsOf(value.funding).length > 0) {
      this.warnings.add(`${path}/funding`, 'funding is free text in HSDS; not mapped to funding source codes');
    }
    const website = urlOf(value.website, `${path}/website`, this.warnings);
    const description = textOf(value.description, 4000, `${path}/description`, this.warnings);
    const candidate = {
      id,
      name,
      country,
      languages: this.withDefault(languages, ['en'], path, 'languages'),
      ...(website ? { website } : {}),
      ...(description ? { description } : {}),
      pointOfContact: {
        displayName: contactName ?? name.slice(0, 200),
        ...(role ? { role } : {}),
        ...(contactEmail ? { email: contactEmail } : {}),
        ...(contactPhone ? { phone: contactPhone } : {}),
      },
      ...(funding.length > 0 ? { financing: { sources: funding } } : {}),
      createdAt: this.now,
      updatedAt: this.now,
    };
    const result = Organisation.safeParse(candidate);
    if (result.success) this.organisations.set(id, result.data);
    else this.rejected(path, 'organization', result.error, candidate);
  }

  private rejected(path: string, what: string, error: Parameters<typeof toFieldErrors>[0], candidate: unknown): void {
    for (const fieldError of toFieldErrors(error, candidate)) {
      this.warnings.add(path, `${what} left out: ${fieldError.path || '(root)'}: ${fieldError.message}`);
    }
  }
}

/** Reads HSDS 3.1 JSON (one entity, a list, an API page, `toHsds` output or the tabular form). */
export function fromHsds(json: unknown, options: HsdsImportOptions = {}): HsdsImport {
  const importer = new HsdsImporter(options);
  importer.read(json, '');
  return {
    organisations: [...importer.organisations.values()],
    services: [...importer.services.values()],
    warnings: importer.warnings.list,
  };
}
