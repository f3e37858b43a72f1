import * as z from 'zod/mini';

/** Opaque cursor: pass `nextCursor` back as `?cursor=` to get the next page. */
export const Cursor = z.string().check(z.minLength(1), z.maxLength(500));

/** One page of a cursor-paginated list. `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
export function Page<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    /** The items of this page, in the list's order. */
    items: z.array(item),
    /** The cursor of the next page; `null` on the last page. */
    nextCursor: z.nullable(Cursor),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
