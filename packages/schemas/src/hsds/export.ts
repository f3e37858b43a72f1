/**
 * Our Organisation and Service records → HSDS 3.1. What HSDS has no field for travels as
 * `victim-referral/...` attributes so `fromHsds` reads it back; staffing, the encryption keys and
 * the primary funding source have no HSDS form and are left out.
 */
import type { Organisation } from '../records/organisation.js';
import type { Service, ServiceLocation } from '../records/service.js';
import { derivedId } from './ids.js';
import { schedulesOf } from './schedules.js';
import { extraTaxonomies, hsdsAttribute, vocabularyAttributes } from './taxonomy.js';
import type {
  HsdsCollections,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceCapacity,
  HsdsUrl,
} from './types.js';

export interface HsdsExportInput {
  organisations?: readonly Organisation[];
  services?: readonly Service[];
}

function organizationOf(organisation: Organisation): HsdsOrganization {
  const link = { id: organisation.id, entity: 'organization' } as const;
  const contact = organisation.pointOfContact;
  return {
    id: organisation.id,
    name: organisation.name,
    description: organisation.description ?? organisation.name,
    ...(contact.email ? { email: contact.email } : {}),
    ...(organisation.website ? { website: organisation.website } : {}),
    contacts: [
      {
        id: derivedId('contact', organisation.id),
        organization_id: organisation.id,
        name: contact.displayName,
        ...(contact.role ? { title: contact.role } : {}),
        ...(contact.email ? { email: contact.email } : {}),
        phones: contact.phone ? [{ id: derivedId('phone', organisation.id, 'contact'), number: contact.phone }] : [],
      },
    ],
    attributes: [
      hsdsAttribute(link, extraTaxonomies.country, organisation.country, organisation.country),
      ...organisation.languages.map((language) => hsdsAttribute(link, extraTaxonomies.languages, language, language)),
      ...vocabularyAttributes(link, 'fundingSources', organisation.financing?.sources ?? []),
    ],
  };
}

function serviceAtLocationOf(serviceId: string, location: ServiceLocation): HsdsServiceAtLocation {
  const { address } = location;
  return {
    id: derivedId('service-at-location', serviceId, location.id),
    service_id: serviceId,
    location_id: location.id,
    location: {
      id: location.id,
      location_type: 'physical',
      ...(location.name ? { name: location.name } : {}),
      ...(location.coordinates && {
        latitude: location.coordinates.latitude,
        longitude: location.coordinates.longitude,
      }),
      addresses: [
        {
          id: derivedId('address', location.id),
          location_id: location.id,
          address_1: address.street ?? '',
          city: address.city,
          ...(address.region ? { region: address.region } : {}),
          state_province: address.region ?? '',
          postal_code: address.postalCode ?? '',
          country: address.country,
          address_type: 'physical',
        },
      ],
    },
  };
}

function capacityOf(service: Service): HsdsServiceCapacity {
  return {
    id: derivedId('capacity', service.id),
    service_id: service.id,
    unit: { id: derivedId('unit', 'new-cases'), name: 'new cases' },
    available: service.capacity.status === 'accepting' ? 1 : 0,
    updated: service.capacity.updatedAt,
  };
}

function serviceOf(service: Service): HsdsService {
  const link = { id: service.id, entity: 'service' } as const;
  const chat: HsdsUrl[] = service.contact.chatUrl
    ? [{ id: derivedId('url', service.id, 'chat'), label: 'Chat', url: service.contact.chatUrl }]
    : [];
  const eligibility = service.eligibility;
  const flags = [
    service.freeOfCharge ? 'free-of-charge' : 'charges-fees',
    service.confidential ? 'confidential' : 'not-confidential',
  ];
  return {
    id: service.id,
    organization_id: service.organisationId,
    name: service.name,
    ...(service.description ? { description: service.description } : {}),
    ...(service.contact.website ? { url: service.contact.website } : {}),
    additional_urls: chat,
    ...(service.contact.email ? { email: service.contact.email } : {}),
    status: 'active',
    fees_description: service.freeOfCharge ? 'Free of charge' : 'Fees may apply',
    ...(service.capacity.waitingDays !== undefined ? { wait_time: `${service.capacity.waitingDays} days` } : {}),
    ...(eligibility?.description ? { eligibility_description: eligibility.description } : {}),
    ...(eligibility?.minimumAge !== undefined ? { minimum_age: eligibility.minimumAge } : {}),
    ...(eligibility?.maximumAge !== undefined ? { maximum_age: eligibility.maximumAge } : {}),
    last_modified: service.updatedAt,
    phones: service.contact.phone ? [{ id: derivedId('phone', service.id), number: service.contact.phone }] : [],
    schedules: schedulesOf(service.id, service.openingHours),
    service_areas: [
      ...service.serviceArea.countries.map((country) => ({
        id: derivedId('service-area', service.id, country),
        service_id: service.id,
        name: country,
        extent: country,
        extent_type: 'iso3166-1-alpha-2',
      })),
      ...(service.serviceArea.regions ?? []).map((region) => ({
        id: derivedId('service-area', service.id, 'region', region),
        service_id: service.id,
        name: region,
        extent_type: 'region-name',
      })),
    ],
    service_at_locations: service.locations.map((location) => serviceAtLocationOf(service.id, location)),
    languages: service.languages.map((code) => ({ id: derivedId('language', service.id, code), code })),
    capacities: [capacityOf(service)],
    attributes: [
      ...vocabularyAttributes(link, 'formsOfAssistance', service.assistance),
      ...vocabularyAttributes(link, 'victimTypes', service.victimTypes),
      ...vocabularyAttributes(link, 'deliveryModes', service.deliveryModes),
      ...vocabularyAttributes(link, 'accessRoutes', service.accessRoutes),
      ...vocabularyAttributes(link, 'accessibilityFeatures', service.accessibility),
      ...vocabularyAttributes(link, 'capacityStatuses', [service.capacity.status]),
      hsdsAttribute(link, extraTaxonomies.timeZone, service.openingHours.timeZone, service.openingHours.timeZone),
      ...flags.map((flag) => hsdsAttribute(link, extraTaxonomies.serviceFlags, flag, flag)),
    ],
  };
}

/** HSDS organizations, services (with their service_at_locations) and the flat service_at_locations. */
export function toHsds(records: HsdsExportInput): HsdsCollections {
  const services = (records.services ?? []).map(serviceOf);
  return {
    organizations: (records.organisations ?? []).map(organizationOf),
    services,
    service_at_locations: services.flatMap((service) => service.service_at_locations),
  };
}
