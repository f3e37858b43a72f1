import { paginate } from '@victim-referral/client';
import type { Organisation } from '@victim-referral/schemas';
import { listOrganisations } from '@victim-referral/schemas/routes';
import type { RouteTransport } from '../shared/client.js';
import { pageOf } from '../shared/defensive.js';

/**
 * Every member organisation by id, 100 a request following the cursors: a network may have
 * hundreds. `stillWanted` is asked between items, so a finder whose settings changed stops early.
 */
export async function allOrganisations(
  transport: RouteTransport,
  stillWanted: () => boolean,
): Promise<Map<string, Organisation> | undefined> {
  const found = new Map<string, Organisation>();
  const pages = paginate(async (cursor) =>
    pageOf<Organisation>(
      await transport(listOrganisations, { query: cursor ? { limit: 100, cursor } : { limit: 100 } }),
    ),
  );
  for await (const organisation of pages) {
    if (!stillWanted()) return undefined;
    found.set(organisation.id, organisation);
  }
  return found;
}
