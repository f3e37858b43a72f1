/**
 * Where a confidential location is placed for distance search: the centre of its locality, never
 * the place itself. The sandbox knows the centres of the cities of its seed; for a locality it
 * does not know, a point rounded to a tenth of a degree (about 11 km) stands in.
 */
import type { ServiceLocation } from '@victim-referral/schemas';
import { countries } from '../seed/places.js';
import type { Point } from './geo.js';
import { searchable } from './text.js';

const keyOf = (country: string, city: string) => `${country}:${searchable(city)}`;

const centres = new Map<string, Point>(
  countries.flatMap((country) =>
    country.cities.map((city) => [
      keyOf(country.code, city.name),
      { latitude: city.latitude, longitude: city.longitude },
    ]),
  ),
);

const coarse = (degrees: number) => Math.round(degrees * 10) / 10;

export function localityCentre(location: ServiceLocation): Point | undefined {
  const known = centres.get(keyOf(location.address.country, location.address.city));
  if (known) return known;
  const { coordinates } = location;
  return coordinates && { latitude: coarse(coordinates.latitude), longitude: coarse(coordinates.longitude) };
}
