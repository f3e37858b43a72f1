/**
 * A service as every answer shows it. A confidential location (a shelter, a safe house) keeps
 * only its locality, region and country: no street, postal code, name or coordinates.
 */
import type { Service } from '@victim-referral/schemas';

export function publicService(service: Service): Service {
  if (service.confidentialLocation !== true) return service;
  return {
    ...service,
    locations: service.locations.map(({ id, address }) => ({
      id,
      address: {
        city: address.city,
        ...(address.region !== undefined && { region: address.region }),
        country: address.country,
      },
    })),
  };
}
