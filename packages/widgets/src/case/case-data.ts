import type { SealingPrivateKey } from '@victim-referral/client/sealing';
import {
  type Message,
  mergeSealed,
  type Referral,
  type ReferralEvent,
  type ReferralRole,
  rolesOf as rolesIn,
} from '@victim-referral/schemas';
import { getReferral, listEvents, listMessages } from '@victim-referral/schemas/routes';
import type { RouteTransport } from '../shared/client.js';
import { pageOf } from '../shared/defensive.js';
import type { SealingParties } from '../shared/sealed-body.js';

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
type Opening = { opened: JsonObject } | { failed: SealedState };

/** Opens one sealed payload with the decrypt callback, else the keys; says why when it cannot. */
async function openPayload(
  sealed: unknown,
  keys: readonly SealingPrivateKey[] | undefined,
  decrypt: SealedDecrypt | undefined,
): Promise<Opening> {
  if (decrypt) {
    try {
      return { opened: await decrypt(sealed) };
    } catch {
      return { failed: { state: 'locked', triedKids: [], recipientKids: [] } };
    }
  }
  if (!keys?.length) return { failed: { state: 'need-key' } };
  // jose is a chunk of its own, fetched only when there is something sealed to open.
  const { openSealed, isSealedDataError } = await import('@victim-referral/client/sealing');
  try {
    return { opened: (await openSealed(sealed, keys)) as JsonObject };
  } catch (error) {
    const kids = isSealedDataError(error)
      ? { triedKids: error.triedKids, recipientKids: error.recipientKids }
      : { triedKids: [], recipientKids: [] };
    return { failed: { state: 'locked', ...kids } };
  }
}

/** The referral with its sealed details merged in, when the keys or the callback given can open them. */
export async function openCase(
  referral: Referral,
  keys: readonly SealingPrivateKey[] | undefined,
  decrypt: SealedDecrypt | undefined,
): Promise<OpenedCase> {
  const { sealed, ...clear } = referral;
  if (sealed === undefined) return { referral, sealed: { state: 'clear' } };
  const opening = await openPayload(sealed, keys, decrypt);
  return 'opened' in opening
    ? { referral: mergeSealed(clear, opening.opened) as Referral, sealed: { state: 'opened' } }
    : { referral: clear as Referral, sealed: opening.failed };
}

/** A message of the discussion as shown: its body opened, or why it cannot be read. */
export interface ShownMessage extends Omit<Message, 'sealed'> {
  /** True when the body is sealed and the keys or the callback given cannot open it. */
  locked: boolean;
}

/**
 * The discussion with each sealed body opened. `known` holds the messages shown before, by id: a
 * message never changes but for its erasure, so one opened before is not opened again.
 */
export async function openMessages(
  messages: readonly Message[],
  keys: readonly SealingPrivateKey[] | undefined,
  decrypt: SealedDecrypt | undefined,
  known: ReadonlyMap<string, ShownMessage>,
): Promise<ShownMessage[]> {
  return Promise.all(
    messages.map(async (message) => {
      const { sealed, ...clear } = message;
      const seen = known.get(message.id);
      if (seen && !seen.locked && seen.erasedAt === message.erasedAt) return seen;
      if (sealed === undefined) return { ...clear, locked: false };
      const opening = await openPayload(sealed, keys, decrypt);
      return 'opened' in opening
        ? { ...(mergeSealed(clear, opening.opened) as Omit<Message, 'sealed'>), locked: false }
        : { ...clear, locked: true };
    }),
  );
}

/** A message goes to the other organisation of the referral, sealed to its keys and the caller's. */
export function messageParties(referral: Referral | undefined, organisationId: string | undefined): SealingParties {
  const other =
    referral?.referringOrganisationId === organisationId
      ? referral?.receivingOrganisationId
      : referral?.referringOrganisationId;
  return { receiverId: other, memberId: organisationId };
}

/** The parts the caller's organisation plays in the referral (none until it is known). */
export function rolesOf(referral: Referral, organisationId: string | undefined): ReferralRole[] {
  return organisationId === undefined ? [] : rolesIn(referral, organisationId);
}

async function everyPage<Item>(fetchPage: (cursor: string | undefined) => Promise<unknown>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = pageOf<Item>(await fetchPage(cursor));
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
export async function readCase(transport: RouteTransport, id: string, signal: AbortSignal): Promise<CaseRecords> {
  const params = { id };
  const [referral, messages, events] = await Promise.all([
    transport(getReferral, { params, signal }),
    everyPage<Message>((cursor) => transport(listMessages, { params, query: { limit: 100, cursor }, signal })),
    everyPage<ReferralEvent>((cursor) => transport(listEvents, { params, query: { limit: 100, cursor }, signal })),
  ]);
  return { referral, messages, events };
}
