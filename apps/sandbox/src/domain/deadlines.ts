/**
 * Deadlines that fire: a referral still unanswered when 75 % of its answer time has gone is
 * announced `referral.due-soon`, and `referral.overdue` once `responseDueAt` passes — each once,
 * to both parties, as a webhook and as an event of its audit trail, in one transaction with the
 * stage that keeps it from firing again (also across a restart).
 */
import { type ReferralEvent, responseTimeframeHours } from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { transaction } from '../store/database.js';
import { type PendingDeadline, pendingDeadlines, setDeadlineStage } from '../store/deadlines.js';
import { getStoredReferral, insertEvent, nextEventSequence } from '../store/referrals.js';
import { publish } from './notifications.js';

const longestAnswerMs = Math.max(...Object.values(responseTimeframeHours)) * 3_600_000;
const batchSize = 500;

function announce(rt: Runtime, pending: PendingDeadline, at: string): void {
  setDeadlineStage(rt.db, pending.id, pending.overdue ? 2 : 1);
  const referral = getStoredReferral(rt.db, pending.id)?.referral;
  if (!referral) return;
  const kinds: ('due-soon' | 'overdue')[] = [];
  if (pending.stage === 0) kinds.push('due-soon');
  if (pending.overdue) kinds.push('overdue');
  for (const kind of kinds) {
    const event: ReferralEvent = {
      id: rt.newId(),
      referralId: referral.id,
      sequence: nextEventSequence(rt.db, referral.id),
      type: kind,
      actor: { role: 'system', credential: 'system' },
      at,
      from: referral.status,
      to: referral.status,
    };
    insertEvent(rt.db, event);
    publish(rt, referral, `referral.${kind}`);
  }
}

/** Announces every deadline passed by now; returns how many referrals it announced. */
export function scanDeadlines(rt: Runtime): number {
  const now = rt.now();
  const at = now.toISOString();
  const horizon = new Date(now.getTime() + longestAnswerMs / 4).toISOString();
  let announced = 0;
  for (;;) {
    const batch = transaction(rt.db, () => {
      const pending = pendingDeadlines(rt.db, at, horizon, batchSize);
      for (const entry of pending) announce(rt, entry, at);
      return pending.length;
    });
    announced += batch;
    if (batch === 0) return announced;
  }
}
