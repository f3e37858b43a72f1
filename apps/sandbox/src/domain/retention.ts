/** Closed cases keep the victim's personal data for a limited time only, on the sandbox's clock. */
import type { Runtime } from '../runtime.js';
import { transaction } from '../store/database.js';
import { closedCasesUnchangedSince } from '../store/erasure.js';
import { getStoredReferral, replaceReferral } from '../store/referrals.js';
import { eraseCase } from './erasure.js';
import { appendEvent } from './referrals.js';

export const defaultRetentionDays = 365;
const dayMs = 86_400_000;

/** Erases the personal data of every case closed more than `retentionDays` ago; answers how many. */
export function eraseExpiredCases(rt: Runtime, retentionDays: number): number {
  const cutoff = new Date(rt.now().getTime() - retentionDays * dayMs).toISOString();
  return transaction(rt.db, () => {
    const ids = closedCasesUnchangedSince(rt.db, cutoff);
    for (const id of ids) {
      const stored = getStoredReferral(rt.db, id);
      if (!stored) continue;
      const referral = eraseCase(rt, stored.referral);
      const status = referral.status;
      appendEvent(rt, referral, {
        type: 'personal-data-erased',
        actor: { role: 'system', credential: 'system' },
        from: status,
        to: status,
      });
      replaceReferral(rt.db, { ...stored, referral });
    }
    return ids.length;
  });
}

const sweepEveryMs = 3_600_000;

/** Erases expired cases now and then every hour; the answer stops it. */
export function scheduleRetention(rt: Runtime, retentionDays: number): () => void {
  eraseExpiredCases(rt, retentionDays);
  const timer = setInterval(() => eraseExpiredCases(rt, retentionDays), sweepEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
