/**
 * What a widget sends: a referral or a message sealed to the receiving organisation's published
 * keys and the member's own (so its point of contact reads what it sent), or in clear when the
 * receiver publishes none. The keys come from the directory; the sealing code is a chunk of its own.
 */

import { sealingRecipients } from '@victim-referral/client';
import type { EncryptionKey, SealingRecord } from '@victim-referral/schemas';
import { getOrganisation } from '@victim-referral/schemas/routes';
import type { RouteTransport } from './client.js';

export interface SealingParties {
  /** The organisation that receives the record; undefined when the widget cannot tell (sent in clear). */
  receiverId: string | undefined;
  /** The member's own organisation, whose keys are added as recipients. */
  memberId: string | undefined;
}

async function keysOf(transport: RouteTransport, id: string): Promise<readonly EncryptionKey[]> {
  return (await transport(getOrganisation, { params: { id } })).encryptionKeys ?? [];
}

export async function sealedBody<T extends object>(
  transport: RouteTransport,
  record: SealingRecord,
  body: T,
  { receiverId, memberId }: SealingParties,
): Promise<T> {
  if (receiverId === undefined) return body;
  const recipients = await sealingRecipients((id) => keysOf(transport, id), receiverId, memberId);
  if (recipients.length === 0) return body;
  const { sealRecord } = await import('./seal-record.js');
  return sealRecord(record, body, recipients);
}
