/**
 * The directory query of `<vr-service-map>`: the finder's filters (ignored when invalid, as the
 * finder ignores them), read a page of 100 at a time.
 */
import type { QueryIn } from '@victim-referral/client';
import type { listServices } from '@victim-referral/schemas';
import { acceptsFilterValue } from '../finder/filter-values.js';
import { type FlagFilter, flagFilters, type TextFilter, textFilters } from '../finder/search-form.js';

export type SearchQuery = QueryIn<typeof listServices>;

export interface MapFilters {
  readonly q: string | undefined;
  /** The victim's age, when the finder has one: never an attribute. */
  readonly age: number | undefined;
  /** The rounded point to sort by (`lat,lon`), when the finder has one: never an attribute. */
  readonly near: string | undefined;
  filter(name: TextFilter): string | undefined;
  flag(name: FlagFilter): boolean;
}

export function mapQuery(filters: MapFilters, cursor?: string): SearchQuery {
  const query: Record<string, unknown> = { limit: 100 };
  const text = filters.q?.trim().slice(0, 200);
  if (text) query.q = text;
  for (const name of textFilters) {
    const value = filters.filter(name)?.trim();
    if (value && acceptsFilterValue[name](value)) query[name] = value;
  }
  for (const name of flagFilters) if (filters.flag(name)) query[name] = true;
  if (filters.age !== undefined) query.age = filters.age;
  if (filters.near) query.near = filters.near;
  if (cursor) query.cursor = cursor;
  return query as SearchQuery;
}
