/**
 * Where each service goes on the map. A service is placed at each of its locations with
 * coordinates. A confidential location (a shelter) is never placed at a point: only at its
 * locality — the centre of the other services' places in the same town or, failing that, its own
 * coordinates should an answer ever carry them, either rounded to a tenth of a degree (about
 * 11 km), so it never sits on a street — and marked approximate. A service with no place (online or by phone only, or a confidential town
 * no other service is in) is left off the map and counted.
 */
import type { Service } from '@victim-referral/schemas';

export interface MapPlace {
  readonly service: Service;
  readonly latitude: number;
  readonly longitude: number;
  /** The town's area rather than the service's own place. */
  readonly approximate: boolean;
  /** The locality shown in the marker's name: the town and country. */
  readonly locality: string;
}

export interface Placement {
  readonly places: MapPlace[];
  /** Services that have no place on the map; the list shows them. */
  readonly unplaced: number;
}

const townKey = (country: string, city: string) => `${country}:${city.trim().toLocaleLowerCase()}`;
const coarse = (degrees: number) => Math.round(degrees * 10) / 10;

export function placeServices(services: readonly Service[], countryName: (code: string) => string): Placement {
  const towns = new Map<string, { latitude: number; longitude: number; count: number }>();
  for (const service of services) {
    if (service.confidentialLocation) continue;
    for (const { address, coordinates } of service.locations) {
      if (!coordinates) continue;
      const key = townKey(address.country, address.city);
      const town = towns.get(key) ?? { latitude: 0, longitude: 0, count: 0 };
      town.latitude += coordinates.latitude;
      town.longitude += coordinates.longitude;
      town.count += 1;
      towns.set(key, town);
    }
  }

  const places: MapPlace[] = [];
  let unplaced = 0;
  for (const service of services) {
    const approximate = service.confidentialLocation === true;
    let placed = false;
    for (const { address, coordinates } of service.locations) {
      const locality = `${address.city}, ${countryName(address.country)}`;
      if (!approximate) {
        if (!coordinates) continue;
        places.push({ service, ...coordinates, approximate, locality });
        placed = true;
        continue;
      }
      const town = towns.get(townKey(address.country, address.city));
      const centre = town
        ? { latitude: town.latitude / town.count, longitude: town.longitude / town.count }
        : coordinates;
      if (!centre) continue;
      places.push({
        service,
        latitude: coarse(centre.latitude),
        longitude: coarse(centre.longitude),
        approximate,
        locality,
      });
      placed = true;
    }
    if (!placed) unplaced += 1;
  }
  return { places, unplaced };
}
