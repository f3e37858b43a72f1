/**
 * Onward referral: a point of contact refers a case of its own inbox to another member without
 * anyone retyping it. The original must be one it accepted or works on, and the victim's consent
 * must include referring onward; the original's audit trail then records where the case went.
 */
import {
  consentAllowsOnward,
  onwardStatuses,
  type Referral,
  type ReferralEvent,
  rolesOf,
} from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { getStoredReferral } from '../store/referrals.js';
import { DomainError, fieldProblem } from './errors.js';
import type { Party } from './referrals.js';

/** The referral `basedOn` names, when the party may refer it onward; 404 when not in its inbox. */
export function onwardSource(rt: Runtime, party: Party, basedOn: string): Referral {
  if (party.credential !== 'contact-token') {
    throw fieldProblem('/basedOn', 'Only a point of contact refers a referral onward', 'contact-token-only');
  }
  const original = getStoredReferral(rt.db, basedOn)?.referral;
  const inInbox =
    original !== undefined &&
    original.sentAt !== undefined &&
    rolesOf(original, party.organisationId).includes('receiver');
  if (!inInbox) {
    throw new DomainError(404, 'not-found', 'No such referral in the inbox', {
      errors: [{ path: '/basedOn', message: 'No such referral in the inbox', code: 'not-in-inbox' }],
    });
  }
  if (!onwardStatuses.includes(original.status)) {
    throw fieldProblem(
      '/basedOn',
      `Only a referral that was accepted or is being worked on can be referred onward (this one is ${original.status})`,
      'not-accepted',
    );
  }
  if (!consentAllowsOnward(original.consent)) {
    throw fieldProblem(
      '/basedOn',
      "The victim's consent to the original referral does not include referring onward",
      'consent-excludes-refer-onward',
    );
  }
  return original;
}

/** The `forwarded` event on the original, naming the referral that carries the case onward. */
export function forwardedEvent(
  party: Party,
  original: Referral,
  forwarded: Referral,
): Pick<ReferralEvent, 'type' | 'actor' | 'from' | 'to' | 'forwardedTo'> {
  return {
    type: 'forwarded',
    actor: { role: 'receiver', organisationId: party.organisationId, credential: party.credential },
    from: original.status,
    to: original.status,
    forwardedTo: { referralId: forwarded.id, receivingOrganisationId: forwarded.receivingOrganisationId },
  };
}
