import type { SealingPrivateKey } from '@victim-referral/client/sealing';
import {
  getReferral,
  listEvents,
  listMessages,
  type Message,
  mergeSealed,
  type Referral,
  type ReferralEvent,
  type ReferralRole,
} from '@victim-referral/schemas';
import type { ReferralTransport } from '../shared/client.js';

/** Opens a referral's `sealed` payload on the member's own server; resolves to the sealed part of the record. */
export type SealedDecrypt = (sealed: unknown) => Promise<Record<string, unknown>>;

export type { SealingPrivateKey };

/**
 * How the sealed part of the case stands: nothing sealed, opened, not opened because no key or
 * decrypt callback was given, or given keys that cannot open it (the key ids, never key material).
 */
export type SealedState =
  | { state: 'clear' }
  | { state: 'opened' }
  | { state: 'need-key' }
  | { state: 'locked'; triedKids: readonly string[]; recipientKids: readonly string[] };

export interface OpenedCase {
  referral: Referral;
  sealed: SealedState;
}

type JsonObject = Record<string, unknown>;

/** The referral with its sealed details merged in, when the keys or the callback given can open them. */
export async function openCase(
  referral: Referral,
  keys: readonly SealingPrivateKey[] | undefined,
  decrypt: SealedDecrypt | undefined,
): Promise<OpenedCase> {
  const { sealed, ...clear } = referral;
  if (sealed === undefined) return { referral, sealed: { state: 'clear' } };
  const merged = (inner: JsonObject): OpenedCase => ({
    referral: mergeSealed(clear, inner) as Referral,
    sealed: { state: 'opened' },
  });
  if (decrypt) {
    try {
      return merged(await decrypt(sealed));
    } catch {
      return { referral: clear as Referral, sealed: { state: 'locked', triedKids: [], recipientKids: [] } };
    }
  }
  if (!keys?.length) return { referral: clear as Referral, sealed: { state: 'need-key' } };
  // jose is a chunk of its own, fetched only when there is something sealed to open.
  const { openSealed, isSealedDataError } = await import('@victim-referral/client/sealing');
  try {
    return merged((await openSealed(sealed, keys)) as JsonObject);
  } catch (error) {
    const kids = isSealedDataError(error)
      ? { triedKids: error.triedKids, recipientKids: error.recipientKids }
      : { triedKids: [], recipientKids: [] };
    return { referral: clear as Referral, sealed: { state: 'locked', ...kids } };
  }
}

/** The parts the caller's organisation plays in the referral (both for a self-referral to itself). */
export function rolesOf(referral: Referral, organisationId: string | undefined): ReferralRole[] {
  const roles: ReferralRole[] = [];
  if (organisationId === referral.referringOrganisationId) roles.push('referrer');
  if (organisationId === referral.receivingOrganisationId) roles.push('receiver');
  return roles;
}

async function everyPage<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor?: string | null }>,
) {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export interface CaseRecords {
  referral: Referral;
  messages: Message[];
  events: ReferralEvent[];
}

/** The referral, its discussion and its history, read together. */
export async function readCase(transport: ReferralTransport, id: string, signal: AbortSignal): Promise<CaseRecords> {
  const params = { id };
  const [referral, messages, events] = await Promise.all([
    transport(getReferral, { params, signal }),
    everyPage((cursor) => transport(listMessages, { params, query: { limit: 100, cursor }, signal })),
    everyPage((cursor) => transport(listEvents, { params, query: { limit: 100, cursor }, signal })),
  ]);
  return { referral, messages, events };
}
