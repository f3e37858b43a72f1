/** The subset of HSDS 3.1 entities that `toHsds` writes (field names as in the HSDS schemas). */

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
  label?: string;
}

export interface HsdsPhone {
  id: string;
  number: string;
}

export interface HsdsLanguage {
  id: string;
  code: string;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY';
  wkst: 'MO';
  byday: string;
  opens_at: string;
  closes_at: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  extent?: string;
  extent_type: string;
}

export interface HsdsServiceCapacity {
  id: string;
  service_id: string;
  unit: { id: string; name: string };
  available: number;
  updated: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name?: string;
  /** Left out for a confidential location, as the protocol's answers leave them out. */
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsUrl {
  id: string;
  label: string;
  url: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  additional_urls: HsdsUrl[];
  email?: string;
  status: 'active';
  fees_description: string;
  wait_time?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  last_modified: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  capacities: HsdsServiceCapacity[];
  attributes: HsdsAttribute[];
}

export interface HsdsContact {
  id: string;
  organization_id: string;
  name: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
}

/** What `toHsds` returns and `fromHsds` reads back: the three HSDS collections. */
export interface HsdsCollections {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  service_at_locations: HsdsServiceAtLocation[];
}
