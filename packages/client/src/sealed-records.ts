/**
 * Sealing inside the referral client: clear personal fields are sealed to the receiver's and the
 * caller's own published keys before they leave, and a sealed copy is opened back into the full
 * record. `jose` comes with the `./sealing` entry, loaded on first use only: a page that never
 * seals or opens never downloads it.
 */
import {
  type EncryptionKey,
  type Message,
  mergeSealed,
  type Referral,
  type SealingRecord,
  splitSealed,
  type Victim,
} from '@victim-referral/schemas';
import type { SealingPrivateKey } from './sealing/keys.js';

/** Who the caller is, for sealing: its own keys seal too (it reads its outbox) and open. */
export interface SealingOptions {
  /** The caller's own organisation: its published keys are recipients of everything the client seals. */
  organisationId: string;
  /**
   * The organisation's private keys (JWKs, or CryptoKeys named by `kid`), for `open` and `forward`.
   * Keep retired ones as long as anything sealed to them is still worked on.
   */
  privateKeys?: readonly SealingPrivateKey[];
  /** How long the directory's published keys are reused before being fetched again. Default 5 minutes. */
  keysMaxAgeMs?: number;
}

/** A referral with its sealed copy opened: the personal fields in clear, as the sender wrote them. */
export type OpenedReferral = Omit<Referral, 'sealed' | 'victim' | 'caseSummary'> & {
  victim: Victim | null;
  caseSummary: string | null;
};

/** A message with its sealed body opened. */
export type OpenedMessage = Omit<Message, 'sealed' | 'body'> & { body: string | null };

const loadSealing = () => import('./sealing/index.js');

/**
 * Who a record for `receiverId` is sealed to: the receiver's published keys and the sender's own (so
 * its point of contact reads what it sent); none when the receiver publishes none (sent in clear).
 */
export async function sealingRecipients(
  keysOf: (organisationId: string) => Promise<readonly EncryptionKey[]>,
  receiverId: string,
  senderId: string | undefined,
): Promise<EncryptionKey[]> {
  const receiverKeys = await keysOf(receiverId);
  if (receiverKeys.length === 0) return [];
  const own = senderId !== undefined && senderId !== receiverId ? await keysOf(senderId) : [];
  return [...receiverKeys, ...own];
}

/** `value` with its sealed fields moved into `sealed`, sealed to every key of `recipients`. */
export async function sealRecord<T extends object>(
  record: SealingRecord,
  value: T,
  recipients: readonly EncryptionKey[],
): Promise<T & { sealed: NonNullable<Referral['sealed']> }> {
  const { sealFor } = await loadSealing();
  const { clear, sealed } = splitSealed(record, value as Record<string, unknown>);
  return { ...clear, sealed: await sealFor(recipients, sealed) } as T & { sealed: NonNullable<Referral['sealed']> };
}

/** `record` with its sealed copy opened and merged back in; a clear record as it is. */
export async function openRecord<T extends { sealed?: unknown }>(
  record: T,
  privateKeys: readonly SealingPrivateKey[],
): Promise<Omit<T, 'sealed'>> {
  const { sealed, ...clear } = record;
  if (sealed === undefined) return clear;
  const { openSealed } = await loadSealing();
  const opened = (await openSealed(sealed, privateKeys)) as Record<string, unknown>;
  return mergeSealed(clear, opened) as Omit<T, 'sealed'>;
}

/** The published keys of organisations, fetched from the directory and reused for `maxAgeMs`. */
export function directoryKeys(
  fetchKeys: (organisationId: string) => Promise<readonly EncryptionKey[]>,
  maxAgeMs = 5 * 60_000,
): (organisationId: string) => Promise<readonly EncryptionKey[]> {
  const cache = new Map<string, { keys: readonly EncryptionKey[]; fetchedAt: number }>();
  return async (organisationId) => {
    const cached = cache.get(organisationId);
    if (cached && Date.now() - cached.fetchedAt < maxAgeMs) return cached.keys;
    const keys = await fetchKeys(organisationId);
    cache.set(organisationId, { keys, fetchedAt: Date.now() });
    return keys;
  };
}
