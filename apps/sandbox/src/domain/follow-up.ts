/**
 * The victim's own follow-up of a self-referral: a secret issued once at creation (only its hash
 * is kept), checked in constant time for known and unknown references alike, and a view that
 * shows the victim their status and whom to contact, nothing else.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type {
  FollowUpCredentials,
  FollowUpNextStep,
  FollowUpRequest,
  FollowUpView,
  Referral,
  ReferralStatus,
} from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { findFollowUp, insertFollowUp } from '../store/follow-ups.js';
import { getOrganisation } from '../store/organisations.js';
import { getStoredReferral } from '../store/referrals.js';
import { notFound } from './errors.js';
import type { FollowUpLock } from './follow-up-lock.js';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest();
/** Compared against when the reference is unknown, so both cases take the same work. */
const unknownReferenceHash = hashOf(randomBytes(24).toString('base64url'));

/** Issues the follow-up of a new self-referral: 192 random bits, shown this once. */
export function issueFollowUp(rt: Runtime, referral: Referral): FollowUpCredentials {
  const secret = randomBytes(24).toString('base64url');
  insertFollowUp(rt.db, {
    reference: referral.reference,
    referralId: referral.id,
    secretHash: hashOf(secret).toString('hex'),
  });
  return { reference: referral.reference, secret };
}

/**
 * The referral the reference and secret open, for the publishable key of the organisation that
 * received it. Anything else (unknown reference, wrong secret, another member's key) is the same 404.
 */
export function openFollowUp(
  rt: Runtime,
  lock: FollowUpLock,
  organisationId: string,
  request: Pick<FollowUpRequest, 'reference' | 'secret'>,
): Referral {
  const now = rt.clock.nowMs();
  lock.check(request.reference, now);
  const stored = findFollowUp(rt.db, request.reference);
  const expected = stored ? Buffer.from(stored.secretHash, 'hex') : unknownReferenceHash;
  const secretMatches = timingSafeEqual(hashOf(request.secret), expected);
  const referral = stored && secretMatches ? getStoredReferral(rt.db, stored.referralId)?.referral : undefined;
  if (!referral || referral.receivingOrganisationId !== organisationId) {
    lock.failed(request.reference, now);
    throw notFound('Follow-up');
  }
  lock.succeeded(request.reference);
  return referral;
}

const nextSteps: Record<ReferralStatus, FollowUpNextStep> = {
  draft: 'wait-for-contact',
  sent: 'wait-for-contact',
  received: 'wait-for-contact',
  accepted: 'support-under-way',
  'in-progress': 'support-under-way',
  'on-hold': 'support-paused',
  declined: 'contact-organisation',
  failed: 'contact-organisation',
  cancelled: 'contact-organisation',
  completed: 'support-completed',
  'withdrawn-consent': 'consent-withdrawn',
};

export function followUpView(rt: Runtime, referral: Referral): FollowUpView {
  const organisation = getOrganisation(rt.db, referral.receivingOrganisationId);
  const { email, phone } = organisation?.pointOfContact ?? {};
  return {
    reference: referral.reference,
    status: referral.status,
    statusChangedAt: referral.updatedAt,
    receivingOrganisation: {
      name: organisation?.name ?? 'Victim support',
      ...(organisation?.website !== undefined && { website: organisation.website }),
      ...(email !== undefined && { email }),
      ...(phone !== undefined && { phone }),
    },
    nextStep: nextSteps[referral.status],
  };
}
