import type { WebhookSubscription } from '@victim-referral/schemas';
import type { Database } from './database.js';
import { sql } from './statements.js';

export interface StoredSubscription {
  seq: number;
  subscription: WebhookSubscription;
  secret: string;
}

function fromRow(row: Record<string, unknown>): StoredSubscription {
  return {
    seq: Number(row.seq),
    subscription: JSON.parse(String(row.data)) as WebhookSubscription,
    secret: String(row.secret),
  };
}

export function insertSubscription(db: Database, subscription: WebhookSubscription, secret: string): void {
  sql(db, 'INSERT INTO webhook_subscriptions (id, organisation_id, secret, data) VALUES (?, ?, ?, ?)').run(
    subscription.id,
    subscription.organisationId,
    secret,
    JSON.stringify(subscription),
  );
}

export function listSubscriptions(
  db: Database,
  organisationId: string,
  afterSeq: number,
  limit: number,
): StoredSubscription[] {
  return sql(db, 'SELECT * FROM webhook_subscriptions WHERE organisation_id = ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(organisationId, afterSeq, limit)
    .map(fromRow);
}

export function subscriptionsOf(db: Database, organisationIds: readonly string[]): StoredSubscription[] {
  return organisationIds.flatMap((organisationId) =>
    sql(db, 'SELECT * FROM webhook_subscriptions WHERE organisation_id = ? ORDER BY seq')
      .all(organisationId)
      .map(fromRow),
  );
}

export function getSubscription(db: Database, id: string): StoredSubscription | undefined {
  const row = sql(db, 'SELECT * FROM webhook_subscriptions WHERE id = ?').get(id);
  return row ? fromRow(row) : undefined;
}

/** Removes the subscription and gives up its undelivered events. */
export function deleteSubscription(db: Database, id: string): void {
  sql(db, 'DELETE FROM webhook_subscriptions WHERE id = ?').run(id);
  sql(
    db,
    "UPDATE webhook_outbox SET status = 'failed', last_error = 'subscription deleted' WHERE subscription_id = ? AND status = 'pending'",
  ).run(id);
}

export interface OutboxEntry {
  seq: number;
  subscriptionId: string;
  referralId: string;
  payload: string;
  attempts: number;
}

export function enqueueDelivery(
  db: Database,
  entry: { subscriptionId: string; referralId: string; payload: string; at: number },
): void {
  sql(
    db,
    'INSERT INTO webhook_outbox (subscription_id, referral_id, payload, next_attempt_at) VALUES (?, ?, ?, ?)',
  ).run(entry.subscriptionId, entry.referralId, entry.payload, entry.at);
}

/**
 * The deliveries that may go now: for each subscription and referral only the oldest pending
 * one, so a referral's events arrive in order.
 */
export function dueDeliveries(db: Database, now: number): OutboxEntry[] {
  return sql(
    db,
    `SELECT o.seq, o.subscription_id, o.referral_id, o.payload, o.attempts FROM webhook_outbox o
     WHERE o.status = 'pending' AND o.next_attempt_at <= $now
       AND o.seq = (SELECT min(p.seq) FROM webhook_outbox p
                    WHERE p.status = 'pending' AND p.subscription_id = o.subscription_id AND p.referral_id = o.referral_id)
     ORDER BY o.seq`,
  )
    .all({ now })
    .map((row) => ({
      seq: Number(row.seq),
      subscriptionId: String(row.subscription_id),
      referralId: String(row.referral_id),
      payload: String(row.payload),
      attempts: Number(row.attempts),
    }));
}

/** When the next pending delivery is due, if any. */
export function nextDeliveryAt(db: Database): number | undefined {
  const row = sql(db, "SELECT min(next_attempt_at) AS at FROM webhook_outbox WHERE status = 'pending'").get();
  return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
}

export function markDelivered(db: Database, seq: number): void {
  sql(
    db,
    "UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1, last_error = NULL WHERE seq = ?",
  ).run(seq);
}

export function markAttemptFailed(db: Database, seq: number, error: string, retryAt: number | null): void {
  sql(
    db,
    `UPDATE webhook_outbox SET attempts = attempts + 1, last_error = ?,
       status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END,
       next_attempt_at = coalesce(?, next_attempt_at)
     WHERE seq = ?`,
  ).run(error, retryAt, retryAt, seq);
}
