/**
 * The tabular (CSV datapackage) form of HSDS, as JSON `{ "services.csv": [rows] }`, joined into
 * the nested form by the rows' foreign keys so the nested importer can read it.
 */
import { type Json, objectsOf } from './read.js';

function rows(tables: Json, table: string): Json[] {
  return objectsOf(tables[table]).map(([row]) => row);
}

function childrenOf(tables: Json, table: string, key: string, id: unknown): Json[] {
  return rows(tables, table).filter((row) => row[key] === id);
}

export function nestTabular(tables: Json): Json {
  const terms = new Map(rows(tables, 'taxonomy_terms.csv').map((term) => [term.id, term]));
  const attributesOf = (id: unknown) =>
    childrenOf(tables, 'attributes.csv', 'link_id', id).map((attribute) => ({
      ...attribute,
      taxonomy_term: terms.get(attribute.taxonomy_term_id),
    }));
  const locations = new Map(
    rows(tables, 'locations.csv').map((location): [unknown, Json] => [
      location.id,
      {
        ...location,
        addresses: childrenOf(tables, 'addresses.csv', 'location_id', location.id),
        accessibility: childrenOf(tables, 'accessibility.csv', 'location_id', location.id),
      },
    ]),
  );
  const services = rows(tables, 'services.csv').map((service) => ({
    ...service,
    phones: childrenOf(tables, 'phones.csv', 'service_id', service.id),
    schedules: childrenOf(tables, 'schedules.csv', 'service_id', service.id),
    languages: childrenOf(tables, 'languages.csv', 'service_id', service.id),
    service_areas: childrenOf(tables, 'service_areas.csv', 'service_id', service.id),
    cost_options: childrenOf(tables, 'cost_options.csv', 'service_id', service.id),
    capacities: childrenOf(tables, 'service_capacity.csv', 'service_id', service.id),
    attributes: attributesOf(service.id),
    service_at_locations: childrenOf(tables, 'service_at_location.csv', 'service_id', service.id).map((link) => ({
      ...link,
      location: locations.get(link.location_id),
    })),
  }));
  const organizations = rows(tables, 'organizations.csv').map((organization) => ({
    ...organization,
    contacts: childrenOf(tables, 'contacts.csv', 'organization_id', organization.id).map((contact) => ({
      ...contact,
      phones: childrenOf(tables, 'phones.csv', 'contact_id', contact.id),
    })),
    funding: childrenOf(tables, 'funding.csv', 'organization_id', organization.id),
    attributes: attributesOf(organization.id),
    locations: [...locations.values()].filter((location) => location.organization_id === organization.id),
  }));
  return { organizations, services };
}
