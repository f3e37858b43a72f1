import type { Organisation } from '@victim-referral/schemas';
import { listOrganisations } from '@victim-referral/schemas/routes';
import type { RouteTransport } from './client.js';
import { pageOf } from './defensive.js';

/** The network's member organisations by id, to show names instead of ids; empty when they cannot be read. */
export async function organisationNames(transport: RouteTransport, signal?: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  try {
    do {
      const page = pageOf<Organisation>(await transport(listOrganisations, { query: { limit: 100, cursor }, signal }));
      for (const organisation of page.items) names.set(organisation.id, organisation.name);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  } catch {
    // Names are a convenience: the workspace shows references and codes without them.
  }
  return names;
}
