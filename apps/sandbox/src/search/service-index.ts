/**
 * The directory search: every service held in memory beside the store, as answers show it
 * (`publicService`), with its searchable text and points precomputed, so a query over ten
 * thousand services is a single pass. Withdrawn services stay as tombstones for `updatedSince`.
 */
import { isOpenAt, type Service, type ServiceSearchQuery } from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import { publicService } from '../domain/public-service.js';
import { matchesDirectoryFilters } from './directory-filters.js';
import { distanceKm, type Point, parseNear } from './geo.js';
import { localityCentre } from './locality.js';
import { searchable } from './text.js';

export type ServiceQuery = z.output<typeof ServiceSearchQuery>;

interface IndexedService {
  seq: number;
  service: Service;
  text: string;
  countries: Set<string>;
  points: Point[];
  updatedAtMs: number;
}

export interface ServiceHit {
  seq: number;
  service: Service;
  /** Distance to the nearest location, when searching near a point. */
  distanceKm?: number;
}

function primaryLanguage(tag: string): string {
  return tag.split('-')[0] ?? tag;
}

/** `pt` matches `pt` and `pt-BR`; `pt-BR` matches `pt-BR` and a plain `pt`. */
function speaks(languages: readonly string[], wanted: string): boolean {
  const wantedPrimary = primaryLanguage(wanted);
  return languages.some(
    (tag) =>
      tag === wanted || (primaryLanguage(tag) === wantedPrimary && (!tag.includes('-') || !wanted.includes('-'))),
  );
}

export class ServiceIndex {
  readonly #entries = new Map<string, IndexedService>();
  #ordered: IndexedService[] | undefined;

  upsert(seq: number, service: Service, organisationName: string): void {
    const confidential = service.confidentialLocation === true;
    this.#entries.set(service.id, {
      seq,
      service: publicService(service),
      text: searchable(`${service.name}\n${service.description ?? ''}\n${organisationName}`),
      countries: new Set([...service.serviceArea.countries, ...service.locations.map((l) => l.address.country)]),
      points: service.locations.flatMap((l) => (confidential ? localityCentre(l) : l.coordinates) ?? []),
      updatedAtMs: Date.parse(service.updatedAt),
    });
    this.#ordered = undefined;
  }

  seqOf(id: string): number | undefined {
    return this.#entries.get(id)?.seq;
  }

  get size(): number {
    return this.#entries.size;
  }

  #all(): IndexedService[] {
    this.#ordered ??= [...this.#entries.values()].sort((a, b) => a.seq - b.seq);
    return this.#ordered;
  }

  /**
   * Up to `take` services matching every filter after the cursor key `after`: in insertion
   * order (`after` = `[seq]`), or nearest first when `near` is given (`after` = `[distance, seq]`;
   * services without a location are then left out). Insertion order lets a page stop early.
   */
  search(query: ServiceQuery, now: Date, take: number, after?: readonly number[]): ServiceHit[] {
    const q = query.q === undefined ? undefined : searchable(query.q.trim());
    const origin = query.near === undefined ? undefined : parseNear(query.near);

    const updatedSince = query.updatedSince === undefined ? undefined : Date.parse(query.updatedSince);
    const hits: ServiceHit[] = [];
    const afterSeq = origin ? undefined : after?.[0];
    for (const entry of this.#all()) {
      if (afterSeq !== undefined && entry.seq <= afterSeq) continue;
      if (!origin && hits.length === take) break;
      const { service } = entry;
      if (updatedSince === undefined ? service.withdrawnAt !== undefined : entry.updatedAtMs < updatedSince) continue;
      if (!matchesDirectoryFilters(service, query)) continue;
      if (query.organisation !== undefined && service.organisationId !== query.organisation) continue;
      if (query.country !== undefined && !entry.countries.has(query.country)) continue;
      if (query.victimType !== undefined && !service.victimTypes.includes(query.victimType)) continue;
      if (query.assistance !== undefined && !service.assistance.includes(query.assistance)) continue;
      if (query.delivery !== undefined && !service.deliveryModes.includes(query.delivery)) continue;
      if (query.freeOfCharge !== undefined && service.freeOfCharge !== query.freeOfCharge) continue;
      if (query.language !== undefined && !speaks(service.languages, query.language)) continue;
      if (q !== undefined && !entry.text.includes(q)) continue;
      if (query.openNow !== undefined && isOpenAt(service.openingHours, now) !== query.openNow) continue;
      if (origin) {
        if (entry.points.length === 0) continue;
        const distance = Math.min(...entry.points.map((point) => distanceKm(origin, point)));
        if (query.radiusKm !== undefined && distance > query.radiusKm) continue;
        hits.push({ seq: entry.seq, service, distanceKm: distance });
      } else {
        hits.push({ seq: entry.seq, service });
      }
    }
    if (!origin) return hits;
    hits.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.seq - b.seq);
    const [distance = -1, seq = 0] = after ?? [];
    const start = after === undefined ? 0 : hits.findIndex((hit) => isAfter(hit, distance, seq));
    return start === -1 ? [] : hits.slice(start, start + take);
  }
}

function isAfter(hit: ServiceHit, distance: number, seq: number): boolean {
  const hitDistance = hit.distanceKm ?? 0;
  return hitDistance > distance || (hitDistance === distance && hit.seq > seq);
}
