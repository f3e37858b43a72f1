/**
 * Referrals whose answer deadline is near or past and not yet announced. `deadline_stage` says
 * what was announced (0 nothing, 1 due-soon, 2 overdue); the partial index holds only the
 * referrals still awaiting an answer with something left to announce, by stage and deadline, so
 * a scan reads two short index ranges however many referrals are open.
 */
import type { Database } from './database.js';
import { sql } from './statements.js';

export type DeadlineStage = 0 | 1 | 2;

export interface PendingDeadline {
  id: string;
  stage: DeadlineStage;
  overdue: boolean;
}

const awaiting = `FROM referrals INDEXED BY referrals_deadline_pending
  WHERE deadline_stage < 2 AND status IN ('sent', 'received')`;

/**
 * Up to `limit` referrals with a deadline to announce at `now`. Due soon is when 75 % of the time
 * between sending and `responseDueAt` has gone; `horizon` (now plus a quarter of the longest
 * answer time) bounds the first range, since nothing due later can be due soon yet.
 */
export function pendingDeadlines(db: Database, now: string, horizon: string, limit: number): PendingDeadline[] {
  const notYetAnnounced = sql(
    db,
    `SELECT id, julianday(response_due_at) <= julianday($now) AS overdue ${awaiting}
       AND deadline_stage = 0 AND response_due_at <= $horizon
       AND julianday(sent_at) + 0.75 * (julianday(response_due_at) - julianday(sent_at)) <= julianday($now)
     LIMIT $limit`,
  ).all({ now, horizon, limit });
  const dueSoonAnnounced = sql(
    db,
    `SELECT id ${awaiting} AND deadline_stage = 1 AND response_due_at <= $now LIMIT $limit`,
  ).all({ now, limit });
  return [
    ...notYetAnnounced.map((row) => ({ id: String(row.id), stage: 0 as const, overdue: Number(row.overdue) === 1 })),
    ...dueSoonAnnounced.map((row) => ({ id: String(row.id), stage: 1 as const, overdue: true })),
  ];
}

export function setDeadlineStage(db: Database, referralId: string, stage: DeadlineStage): void {
  sql(db, 'UPDATE referrals SET deadline_stage = ? WHERE id = ?').run(stage, referralId);
}
