/**
 * The directory query of a search, for the finder's list and its map alike: the text, the filters
 * (a value the API would refuse is left out, as the finder's form leaves it unapplied), the victim's
 * age and the rounded point to sort by.
 */
import type { QueryIn } from '@victim-referral/client';
import type { listServices } from '@victim-referral/schemas';
import { acceptsFilterValue } from './filter-values.js';
import { type FlagFilter, flagFilters, type TextFilter, textFilters } from './search-form.js';

export type SearchQuery = QueryIn<typeof listServices>;

export interface SearchFilters {
  readonly q: string | undefined;
  /** The victim's age, when one was typed: never an attribute. */
  readonly age: number | undefined;
  /** The point rounded to about 1 km (`lat,lon`) to sort by: never an attribute. */
  readonly near: string | undefined;
  filter(name: TextFilter): string | undefined;
  flag(name: FlagFilter): boolean;
}

/** The query of one page of `limit` services (1–100) matching `filters`, after `cursor`. */
export function serviceSearchQuery(filters: SearchFilters, limit: number, cursor?: string): SearchQuery {
  const query: Record<string, unknown> = { limit };
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
