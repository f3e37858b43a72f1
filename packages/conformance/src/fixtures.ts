/**
 * The records the checks send: a complete referral, made-up but plausible, with a marker in its
 * case summary so a member can tell the kit's cases from real ones; and its sealed form.
 */
import type { BodyOf } from '@victim-referral/client';
import { sealFor } from '@victim-referral/client/sealing';
import {
  type EncryptionKey,
  outcomes,
  type ReferralStatus,
  reasonCodesFor,
  sealedPaths,
  splitSealed,
  transitionRules,
} from '@victim-referral/schemas';

export type ReferralBody = BodyOf<'createReferral'>;
export type TransitionBody = BodyOf<'transitionReferral'>;

/** Every case the kit makes says so, in the part only the two points of contact can read. */
export const caseMarker = 'Conformance check by @victim-referral/conformance: not a real case.';

/** A complete referral to `receivingOrganisationId` (none: a self-referral), personal fields in clear. */
export function referralBody(receivingOrganisationId: string | undefined, overrides: Partial<ReferralBody> = {}) {
  return {
    ...(receivingOrganisationId !== undefined && { receivingOrganisationId }),
    status: 'sent',
    priority: 'routine',
    needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
    caseSummary: `${caseMarker} ${crypto.randomUUID()}`,
    victim: {
      name: 'Conformance Check',
      languages: ['en'],
      contact: { kind: 'safe-contact', channels: [{ method: 'phone', phone: '+10000000000' }], mayLeaveMessage: false },
    },
    consent: {
      explicit: true,
      recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      method: 'verbal',
      dataShared: ['contact-details', 'identity', 'needs', 'case-summary'],
      purposes: ['provide-support', 'contact-victim'],
      sharedWith: 'receiving-organisation',
      withdrawalExplained: true,
    },
    ...overrides,
  } satisfies ReferralBody as ReferralBody;
}

/** `body` with its personal fields sealed to every key of `recipients` (as is when there are none). */
export async function sealed<T extends object>(
  record: 'referral' | 'message',
  body: T,
  recipients: readonly EncryptionKey[],
): Promise<T> {
  if (recipients.length === 0) return body;
  const { clear, sealed } = splitSealed(record, body as Record<string, unknown>);
  return { ...clear, sealed: await sealFor(recipients, sealed) } as T;
}

/**
 * The body of a move to `to` that the state machine's rule accepts: a reason code of the target
 * status where one is needed (never `other`, which would also need free text), an outcome where
 * one is needed. Sent on forbidden moves too, so only the state machine can refuse them.
 */
export function transitionTo(to: ReferralStatus): TransitionBody {
  const reasonCode = reasonCodesFor(to).find((code) => code !== 'other');
  const needsOutcome = transitionRules.some((rule) => rule.to === to && rule.outcomeRequired);
  return {
    to,
    ...(reasonCode !== undefined && { reasonCode }),
    ...(needsOutcome && { outcome: outcomes[0]?.code }),
  } as TransitionBody;
}

/** The fields of `value` that the sealing table seals but that it carries in clear. */
export function clearPersonalFields(record: 'referral' | 'message', value: unknown): string[] {
  return sealedPaths(record).filter((path) => {
    let node = value;
    for (const key of path.split('.')) node = (node as Record<string, unknown> | null | undefined)?.[key];
    return node !== undefined && node !== null;
  });
}
