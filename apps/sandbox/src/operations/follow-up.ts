import { followUpView, openFollowUp } from '../domain/follow-up.js';
import { FollowUpLock } from '../domain/follow-up-lock.js';
import { transitionReferral } from '../domain/referrals.js';
import type { Runtime } from '../runtime.js';
import { partyOf } from './caller.js';
import type { Operations } from './types.js';

export function followUpOperations(rt: Runtime): Pick<Operations, 'getFollowUp' | 'withdrawFollowUpConsent'> {
  const lock = new FollowUpLock();
  return {
    getFollowUp: ({ caller, body }) => ({
      body: followUpView(rt, openFollowUp(rt, lock, partyOf(caller).organisationId, body)),
    }),

    withdrawFollowUpConsent: ({ caller, body }) => {
      const party = partyOf(caller);
      const referral = openFollowUp(rt, lock, party.organisationId, body);
      // As if the referrer withdrew it, with the key of the member's site: erasure and events follow.
      return { body: followUpView(rt, transitionReferral(rt, party, referral.id, { to: 'withdrawn-consent' })) };
    },
  };
}
