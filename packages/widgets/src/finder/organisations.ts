import { paginate } from '@victim-referral/client';
import { listOrganisations, type Organisation } from '@victim-referral/schemas';
import type { ReferralTransport } from '../shared/client.js';

/**
 * Every member organisation by id, 100 a request following the cursors: a network may have
 * hundreds. `stillWanted` is asked between items, so a finder whose settings changed stops early.
 */
export async function allOrganisations(
  transport: ReferralTransport,
  stillWanted: () => boolean,
): Promise<Map<string, Organisation> | undefined> {
  const found = new Map<string, Organisation>();
  const pages = paginate((cursor) =>
    transport(listOrganisations, { query: cursor ? { limit: 100, cursor } : { limit: 100 } }),
  );
  for await (const organisation of pages) {
    if (!stillWanted()) return undefined;
    found.set(organisation.id, organisation);
  }
  return found;
}
