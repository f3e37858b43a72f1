/**
 * Referrals whose answer deadline is near or past and not yet announced. `deadline_stage` says
 * what was announced (0 nothing, 1 due-soon, 2 overdue); the partial index holds only the
 * referrals still awaiting an answer with something left to announce.
 */
import type { Database } from './database.js';
import { sql } from './statements.js';

export type DeadlineStage = 0 | 1 | 2;

export interface PendingDeadline {
  id: string;
  stage: DeadlineStage;
  dueSoon: boolean;
  overdue: boolean;
}

/**
 * Up to `limit` referrals with a deadline to announce at `now`. Due soon is when 75 % of the time
 * between sending and `responseDueAt` has gone; `horizon` (now plus a quarter of the longest
 * answer time) bounds the index range, since nothing due later can be due soon yet.
 */
export function pendingDeadlines(db: Database, now: string, horizon: string, limit: number): PendingDeadline[] {
  return sql(
    db,
    `SELECT id, deadline_stage,
       julianday(sent_at) + 0.75 * (julianday(response_due_at) - julianday(sent_at)) <= julianday($now) AS due_soon,
       julianday(response_due_at) <= julianday($now) AS overdue
     FROM referrals INDEXED BY referrals_deadline_pending
     WHERE deadline_stage < 2 AND status IN ('sent', 'received') AND response_due_at <= $horizon
       AND ((deadline_stage = 0 AND due_soon) OR overdue)
     ORDER BY response_due_at LIMIT $limit`,
  )
    .all({ now, horizon, limit })
    .map((row) => ({
      id: String(row.id),
      stage: Number(row.deadline_stage) as DeadlineStage,
      dueSoon: Number(row.due_soon) === 1,
      overdue: Number(row.overdue) === 1,
    }));
}

export function setDeadlineStage(db: Database, referralId: string, stage: DeadlineStage): void {
  sql(db, 'UPDATE referrals SET deadline_stage = ? WHERE id = ?').run(stage, referralId);
}
