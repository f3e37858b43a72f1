/**
 * What the form sends: the referral sealed to the receiving organisation's published keys and the
 * member's own (so its point of contact reads what its site sent), or in clear when the receiver
 * publishes none. The keys come from the directory; the sealing code is a chunk of its own.
 */
import type { ReferralTransport } from '@victim-referral/client';
import { type EncryptionKey, getOrganisation, type ReferralCreate } from '@victim-referral/schemas';

export interface SealingParties {
  /** The organisation that receives the referral; undefined when the form cannot tell (sent in clear). */
  receiverId: string | undefined;
  /** The member's own organisation, whose keys are added as recipients. */
  memberId: string | undefined;
}

/** A professional referral goes to the service's organisation, a self-referral to the member's own. */
export function sealingParties(
  mode: 'self' | 'professional',
  service: { organisationId: string } | undefined,
  memberId: string | undefined,
): SealingParties {
  return { receiverId: mode === 'professional' ? service?.organisationId : memberId, memberId };
}

async function keysOf(transport: ReferralTransport, id: string): Promise<readonly EncryptionKey[]> {
  return (await transport(getOrganisation, { params: { id } })).encryptionKeys ?? [];
}

export async function sealedBody(
  transport: ReferralTransport,
  body: ReferralCreate,
  { receiverId, memberId }: SealingParties,
): Promise<ReferralCreate> {
  if (receiverId === undefined) return body;
  const receiverKeys = await keysOf(transport, receiverId);
  if (receiverKeys.length === 0) return body;
  const memberKeys = memberId !== undefined && memberId !== receiverId ? await keysOf(transport, memberId) : [];
  const { sealReferral } = await import('./seal-referral.js');
  return sealReferral(body, [...receiverKeys, ...memberKeys]);
}
