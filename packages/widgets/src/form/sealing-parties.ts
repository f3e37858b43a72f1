import type { SealingParties } from '../shared/sealed-body.js';

/** A professional referral goes to the service's organisation, a self-referral to the member's own. */
export function sealingParties(
  mode: 'self' | 'professional',
  service: { organisationId: string } | undefined,
  memberId: string | undefined,
): SealingParties {
  return { receiverId: mode === 'professional' ? service?.organisationId : memberId, memberId };
}
