/**
 * Cursor pagination. A cursor is base64url JSON of the list it belongs to and the sort key of the
 * last item served; it is opaque to clients, and one from another list is refused.
 */
import type { Page } from '@victim-referral/schemas';
import { DomainError } from '../domain/errors.js';

/** Every list here sorts by numbers: insertion order, or distance then insertion order. */
export type SortKey = readonly number[];

export const defaultPageSize = 20;

export function encodeCursor(list: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ l: list, k: key })).toString('base64url');
}

/** The sort key after which the page starts, or undefined for the first page. */
export function decodeCursor(list: string, cursor: string | undefined, keyLength = 1): SortKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof decoded === 'object' &&
      decoded !== null &&
      'l' in decoded &&
      'k' in decoded &&
      decoded.l === list &&
      Array.isArray(decoded.k) &&
      decoded.k.length === keyLength &&
      decoded.k.every((part) => typeof part === 'number' && Number.isFinite(part))
    ) {
      return decoded.k;
    }
  } catch {
    // Falls through to the problem below.
  }
  throw new DomainError(400, 'invalid-cursor', 'The cursor does not belong to this list; start again without it');
}

/** Builds a page from up to `limit + 1` rows fetched after the cursor. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  list: string,
  keyOf: (row: Row) => SortKey,
  itemOf: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(itemOf),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null,
  };
}
