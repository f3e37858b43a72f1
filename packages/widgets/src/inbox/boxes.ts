import type { Referral } from '@victim-referral/schemas';
import { listReferrals } from '@victim-referral/schemas/routes';
import type { RouteTransport } from '../shared/client.js';
import { pageOf } from '../shared/defensive.js';

export type Box = 'inbox' | 'outbox';
export const boxes: readonly Box[] = ['inbox', 'outbox'];

/** Every referral of one box, page after page of the API's cursor pagination, fetched lazily. */
export async function* referralsIn(
  transport: RouteTransport,
  box: Box,
  signal: AbortSignal,
): AsyncGenerator<Referral, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = pageOf<Referral>(await transport(listReferrals, { query: { box, limit: 100, cursor }, signal }));
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * What the inbox keeps of a referral: routing, deadline and status only. The victim's details and
 * story are dropped as each page arrives, so the list never holds them.
 */
export type InboxRow = Pick<
  Referral,
  | 'id'
  | 'reference'
  | 'kind'
  | 'status'
  | 'priority'
  | 'referringOrganisationId'
  | 'receivingOrganisationId'
  | 'responseDueAt'
  | 'sentAt'
  | 'createdAt'
>;

function rowOf(referral: Referral): InboxRow {
  const { id, reference, kind, status, priority, referringOrganisationId, receivingOrganisationId } = referral;
  const { responseDueAt, sentAt, createdAt } = referral;
  return {
    id,
    reference,
    kind,
    status,
    priority,
    referringOrganisationId,
    receivingOrganisationId,
    responseDueAt,
    sentAt,
    createdAt,
  };
}

/** Both boxes in full: the attention order needs every referral of a box, not the server's page order. */
export async function loadBoxes(transport: RouteTransport, signal: AbortSignal): Promise<Record<Box, InboxRow[]>> {
  const read = async (box: Box) => {
    const items: InboxRow[] = [];
    for await (const referral of referralsIn(transport, box, signal)) items.push(rowOf(referral));
    return items;
  };
  const [inbox, outbox] = await Promise.all([read('inbox'), read('outbox')]);
  return { inbox, outbox };
}
