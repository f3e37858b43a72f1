/**
 * "Near me": the victim's position, asked for only when they press the button, rounded to about
 * 1 km before it leaves the browser, and kept in memory only (never in the URL, storage or events).
 * When it is refused or unavailable, a town or city of the directory's own places stands in for it.
 */
import type { Service } from '@victim-referral/schemas';

export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** A locality of the directory: where its services are, at the centre of their locations there. */
export interface Place extends Point {
  readonly city: string;
  readonly country: string;
}

/** `off` until asked; `denied` and `unavailable` offer the places instead. */
export type NearStatus = 'off' | 'locating' | 'located' | 'denied' | 'unavailable';

/** Two decimals of a degree: about 1.1 km north–south, less east–west. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

export function rounded(point: Point): Point {
  return { latitude: round(point.latitude), longitude: round(point.longitude) };
}

/** The API's `near` value. */
export const nearQuery = (point: Point) => `${point.latitude.toFixed(2)},${point.longitude.toFixed(2)}`;

/** Asks the browser for the position once; resolves rounded, or rejects with the status to show. */
export function askPosition(): Promise<Point> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject('unavailable' satisfies NearStatus);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve(rounded(position.coords)),
      (error) => reject((error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable') satisfies NearStatus),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 0 },
    );
  });
}

const earthRadiusKm = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(h));
}

/** How far the service's nearest location with coordinates is; undefined when none has any (shelters). */
export function serviceDistanceKm(service: Service, origin: Point): number | undefined {
  const distances = service.locations.flatMap((place) =>
    place.coordinates ? [distanceKm(origin, place.coordinates)] : [],
  );
  return distances.length > 0 ? Math.min(...distances) : undefined;
}

const milesPerKm = 0.621371;
const mileRegions = new Set(['GB', 'US']);

/** `3.2 km`, or `2 mi` where the locale's region counts in miles (GB, US). */
export function formatDistance(locale: string, km: number): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  const miles = region !== undefined && mileRegions.has(region);
  const value = miles ? km * milesPerKm : km;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The distinct localities of the services, each at the centre of its located services' coordinates. */
export function placesOf(services: Iterable<Service>, locale: string): Place[] {
  const sums = new Map<string, { city: string; country: string; latitude: number; longitude: number; count: number }>();
  for (const service of services) {
    for (const { address, coordinates } of service.locations) {
      if (!coordinates) continue;
      const key = `${address.country}|${address.city.toLocaleLowerCase(locale)}`;
      const sum = sums.get(key) ?? {
        city: address.city,
        country: address.country,
        latitude: 0,
        longitude: 0,
        count: 0,
      };
      sum.latitude += coordinates.latitude;
      sum.longitude += coordinates.longitude;
      sum.count += 1;
      sums.set(key, sum);
    }
  }
  return [...sums.values()]
    .map(({ city, country, latitude, longitude, count }) => ({
      city,
      country,
      ...rounded({ latitude: latitude / count, longitude: longitude / count }),
    }))
    .sort((a, b) => a.city.localeCompare(b.city, locale) || a.country.localeCompare(b.country));
}
