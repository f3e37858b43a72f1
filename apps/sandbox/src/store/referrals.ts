import {
  awaitingAnswerStatuses,
  type Message,
  type Priority,
  type Referral,
  type ReferralEvent,
  type ReferralListQuery,
  type ReferralStatus,
} from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Database } from './database.js';
import { records, sql } from './statements.js';

/** A referral as stored: the published record plus what the server keeps to itself. */
export interface StoredReferral {
  referral: Referral;
  /** The `responseDueAt` the referrer asked for, kept so sending a draft can honour it. */
  requestedResponseDueAt: string | null;
}

export function insertReferral(db: Database, stored: StoredReferral): void {
  const { referral } = stored;
  sql(
    db,
    `INSERT INTO referrals (id, reference, referring_organisation_id, receiving_organisation_id, status, priority,
       response_due_at, sent_at, requested_response_due_at, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    referral.id,
    referral.reference,
    referral.referringOrganisationId,
    referral.receivingOrganisationId,
    referral.status,
    referral.priority,
    referral.responseDueAt,
    referral.sentAt ?? null,
    stored.requestedResponseDueAt,
    JSON.stringify(referral),
  );
}

export function replaceReferral(db: Database, stored: StoredReferral): void {
  const { referral } = stored;
  sql(
    db,
    `UPDATE referrals SET receiving_organisation_id = ?, status = ?, priority = ?, response_due_at = ?, sent_at = ?,
       requested_response_due_at = ?, data = ?
     WHERE id = ?`,
  ).run(
    referral.receivingOrganisationId,
    referral.status,
    referral.priority,
    referral.responseDueAt,
    referral.sentAt ?? null,
    stored.requestedResponseDueAt,
    JSON.stringify(referral),
    referral.id,
  );
}

export function getStoredReferral(db: Database, id: string): StoredReferral | undefined {
  const row = sql(db, 'SELECT data, requested_response_due_at FROM referrals WHERE id = ?').get(id);
  if (!row) return undefined;
  return {
    referral: JSON.parse(String(row.data)) as Referral,
    requestedResponseDueAt: row.requested_response_due_at === null ? null : String(row.requested_response_due_at),
  };
}

export function referenceTaken(db: Database, reference: string): boolean {
  return sql(db, 'SELECT 1 FROM referrals WHERE reference = ?').get(reference) !== undefined;
}

export interface ReferralFilter {
  organisationId: string;
  box?: z.output<typeof ReferralListQuery>['box'];
  status?: ReferralStatus | undefined;
  priority?: Priority | undefined;
  overdue?: boolean | undefined;
  now: string;
  beforeSeq: number;
  limit: number;
}

const awaitingList = awaitingAnswerStatuses.map((status) => `'${status}'`).join(', ');

/**
 * The organisation's referrals, newest first. The receiver never sees drafts (`sent_at` is set
 * on sending). Overdue follows `isOverdue`: awaiting an answer and past `responseDueAt`.
 */
export function listReferrals(db: Database, filter: ReferralFilter): { seq: number; referral: Referral }[] {
  const rows = sql(
    db,
    `SELECT seq, data FROM referrals
     WHERE seq < $beforeSeq
       AND (
         ($box IS NOT 'inbox' AND referring_organisation_id = $org)
         OR ($box IS NOT 'outbox' AND receiving_organisation_id = $org AND sent_at IS NOT NULL)
       )
       AND ($status IS NULL OR status = $status)
       AND ($priority IS NULL OR priority = $priority)
       AND ($overdue IS NULL OR $overdue = (status IN (${awaitingList}) AND response_due_at < $now))
     ORDER BY seq DESC LIMIT $limit`,
  ).all({
    beforeSeq: filter.beforeSeq,
    box: filter.box ?? null,
    org: filter.organisationId,
    status: filter.status ?? null,
    priority: filter.priority ?? null,
    overdue: filter.overdue === undefined ? null : Number(filter.overdue),
    now: filter.now,
    limit: filter.limit,
  });
  return rows.map((row) => ({ seq: Number(row.seq), referral: JSON.parse(String(row.data)) as Referral }));
}

export function insertEvent(db: Database, event: ReferralEvent): void {
  sql(db, 'INSERT INTO referral_events (referral_id, sequence, data) VALUES (?, ?, ?)').run(
    event.referralId,
    event.sequence,
    JSON.stringify(event),
  );
}

export function nextEventSequence(db: Database, referralId: string): number {
  const row = sql(db, 'SELECT coalesce(max(sequence), 0) + 1 AS next FROM referral_events WHERE referral_id = ?').get(
    referralId,
  );
  return Number(row?.next ?? 1);
}

export function listEvents(db: Database, referralId: string, afterSequence: number, limit: number): ReferralEvent[] {
  return records<ReferralEvent>(
    sql(db, 'SELECT data FROM referral_events WHERE referral_id = ? AND sequence > ? ORDER BY sequence LIMIT ?').all(
      referralId,
      afterSequence,
      limit,
    ),
  );
}

export function insertMessage(db: Database, message: Message): void {
  sql(db, 'INSERT INTO messages (id, referral_id, data) VALUES (?, ?, ?)').run(
    message.id,
    message.referralId,
    JSON.stringify(message),
  );
}

export function listMessages(
  db: Database,
  referralId: string,
  afterSeq: number,
  limit: number,
): { seq: number; message: Message }[] {
  return sql(db, 'SELECT seq, data FROM messages WHERE referral_id = ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(referralId, afterSeq, limit)
    .map((row) => ({ seq: Number(row.seq), message: JSON.parse(String(row.data)) as Message }));
}
