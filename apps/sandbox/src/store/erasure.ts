/**
 * Erasure in the store: rewriting a case's records without personal data, and making sure the old
 * bytes are gone from every file of the store (`secure_delete` zeroes freed space; the WAL is
 * checkpointed and truncated once the erasing transaction commits).
 */
import { closedStatuses, type Message, type Referral, type ReferralEvent } from '@victim-referral/schemas';
import { type Database, onCommit } from './database.js';
import { sql } from './statements.js';

export interface Erasers {
  event(event: ReferralEvent): ReferralEvent;
  message(message: Message): Message;
}

/**
 * Rewrites the events, messages and remembered answers of `erased`'s case through `erase`, and
 * the remembered answer to its create with `erased` itself. The referral row is the caller's.
 */
export function eraseStoredCase(db: Database, erased: Referral, erase: Erasers): void {
  const events = sql(db, 'SELECT sequence, data FROM referral_events WHERE referral_id = ?').all(erased.id);
  for (const row of events) {
    const event = erase.event(JSON.parse(String(row.data)) as ReferralEvent);
    sql(db, 'UPDATE referral_events SET data = ? WHERE referral_id = ? AND sequence = ?').run(
      JSON.stringify(event),
      erased.id,
      Number(row.sequence),
    );
  }
  const erasedMessages = new Map<string, Message>();
  for (const row of sql(db, 'SELECT id, data FROM messages WHERE referral_id = ?').all(erased.id)) {
    const message = erase.message(JSON.parse(String(row.data)) as Message);
    erasedMessages.set(message.id, message);
    sql(db, 'UPDATE messages SET data = ? WHERE id = ?').run(JSON.stringify(message), message.id);
  }
  // A retry of the create (or of a message) answers from the erased record, never the first answer.
  for (const row of sql(db, 'SELECT rowid, body FROM idempotency_keys WHERE referral_id = ?').all(erased.id)) {
    const answer = JSON.parse(String(row.body)) as { body: { id: string }; headers?: Record<string, string> };
    const current = answer.body.id === erased.id ? erased : erasedMessages.get(answer.body.id);
    sql(db, 'UPDATE idempotency_keys SET body = ? WHERE rowid = ?').run(
      JSON.stringify({ ...answer, body: current ?? null }),
      Number(row.rowid),
    );
  }
  onCommit(db, () => truncateWal(db));
}

/** Copies the WAL into the database and empties it, so no old page image stays behind. */
export function truncateWal(db: Database): void {
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}

const closedList = closedStatuses.map((status) => `'${status}'`).join(', ');

/** Ids of closed cases not erased yet whose last change was before `cutoff`. */
export function closedCasesUnchangedSince(db: Database, cutoff: string): string[] {
  return sql(
    db,
    `SELECT id FROM referrals
     WHERE status IN (${closedList}) AND json_extract(data, '$.erasedAt') IS NULL
       AND json_extract(data, '$.updatedAt') < ?`,
  )
    .all(cutoff)
    .map((row) => String(row.id));
}
