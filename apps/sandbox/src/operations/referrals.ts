import { issueFollowUp } from '../domain/follow-up.js';
import {
  createReferral,
  postMessage,
  transitionReferral,
  updateReferral,
  visibleReferral,
} from '../domain/referrals.js';
import type { Runtime } from '../runtime.js';
import { listEvents, listMessages, listReferrals } from '../store/referrals.js';
import { partyOf } from './caller.js';
import { decodeCursor, defaultPageSize, toPage } from './pagination.js';
import type { Operations } from './types.js';

type ReferralOperations = Pick<
  Operations,
  | 'createReferral'
  | 'listReferrals'
  | 'getReferral'
  | 'updateReferral'
  | 'transitionReferral'
  | 'listMessages'
  | 'createMessage'
  | 'listEvents'
>;

export function referralOperations(rt: Runtime): ReferralOperations {
  return {
    createReferral: ({ caller, body }) => {
      const referral = createReferral(rt, partyOf(caller), body);
      return { body: referral.kind === 'self' ? { ...referral, followUp: issueFollowUp(rt, referral) } : referral };
    },

    listReferrals: ({ caller, query }) => {
      const limit = query.limit ?? defaultPageSize;
      const after = decodeCursor('referrals', query.cursor);
      const rows = listReferrals(rt.db, {
        organisationId: partyOf(caller).organisationId,
        box: query.box,
        status: query.status,
        priority: query.priority,
        overdue: query.overdue,
        now: rt.now().toISOString(),
        beforeSeq: after?.[0] ?? Number.MAX_SAFE_INTEGER,
        limit: limit + 1,
      });
      return {
        body: toPage(
          rows,
          limit,
          'referrals',
          (row) => [row.seq],
          (row) => row.referral,
        ),
      };
    },

    getReferral: ({ caller, params }) => ({
      body: visibleReferral(rt, params.id, partyOf(caller).organisationId).referral,
    }),

    updateReferral: ({ caller, params, body }) => ({ body: updateReferral(rt, partyOf(caller), params.id, body) }),

    transitionReferral: ({ caller, params, body }) => ({
      body: transitionReferral(rt, partyOf(caller), params.id, body),
    }),

    listMessages: ({ caller, params, query }) => {
      visibleReferral(rt, params.id, partyOf(caller).organisationId);
      const limit = query.limit ?? defaultPageSize;
      const after = decodeCursor(`messages:${params.id}`, query.cursor);
      const rows = listMessages(rt.db, params.id, after?.[0] ?? 0, limit + 1);
      return {
        body: toPage(
          rows,
          limit,
          `messages:${params.id}`,
          (row) => [row.seq],
          (row) => row.message,
        ),
      };
    },

    createMessage: ({ caller, params, body }) => ({ body: postMessage(rt, partyOf(caller), params.id, body) }),

    listEvents: ({ caller, params, query }) => {
      visibleReferral(rt, params.id, partyOf(caller).organisationId);
      const limit = query.limit ?? defaultPageSize;
      const after = decodeCursor(`events:${params.id}`, query.cursor);
      const events = listEvents(rt.db, params.id, after?.[0] ?? 0, limit + 1);
      return {
        body: toPage(
          events,
          limit,
          `events:${params.id}`,
          (event) => [event.sequence],
          (event) => event,
        ),
      };
    },
  };
}
