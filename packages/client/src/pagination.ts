import type { Page } from '@victim-referral/schemas';

/**
 * Every item of a cursor-paginated list, page after page. A page is fetched only when the items
 * before it have been consumed, so breaking out of a `for await` stops the requests.
 */
export async function* paginate<Item>(
  fetchPage: (cursor: string | undefined) => Promise<Page<Item>>,
  firstCursor?: string,
): AsyncGenerator<Item, void, undefined> {
  let cursor = firstCursor;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
