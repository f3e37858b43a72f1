import type { Database } from './database.js';
import { sql } from './statements.js';

/** How long a key is remembered. */
export const idempotencyKeyLifetimeMs = 24 * 3_600_000;

export interface RememberedResponse {
  operation: string;
  requestHash: string;
  status: number;
  body: string | null;
}

export function forgetExpiredKeys(db: Database, now: number): void {
  sql(db, 'DELETE FROM idempotency_keys WHERE created_at < ?').run(now - idempotencyKeyLifetimeMs);
}

export function findRemembered(db: Database, credential: string, key: string): RememberedResponse | undefined {
  const row = sql(
    db,
    'SELECT operation, request_hash, status, body FROM idempotency_keys WHERE credential = ? AND key = ?',
  ).get(credential, key);
  if (!row) return undefined;
  return {
    operation: String(row.operation),
    requestHash: String(row.request_hash),
    status: Number(row.status),
    body: row.body === null ? null : String(row.body),
  };
}

/** `referralId`: the case the answer belongs to, whose erasure rewrites it. */
export function remember(
  db: Database,
  entry: RememberedResponse & { credential: string; key: string; createdAt: number; referralId: string | null },
): void {
  sql(
    db,
    `INSERT INTO idempotency_keys (credential, key, operation, request_hash, status, body, created_at, referral_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.credential,
    entry.key,
    entry.operation,
    entry.requestHash,
    entry.status,
    entry.body,
    entry.createdAt,
    entry.referralId,
  );
}
