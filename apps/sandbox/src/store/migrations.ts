/** Numbered schema migrations, applied in order and recorded in `schema_migrations`. */
import type { DatabaseSync } from 'node:sqlite';
import { hashToken } from './credentials.js';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Rewrites existing rows where SQL alone cannot, in the same transaction. */
  readonly rewrite?: (db: DatabaseSync) => void;
}

/** Replaces each value of `column` by its hash (tokens stored in clear before version 11). */
function hashColumn(db: DatabaseSync, table: string, column: string): void {
  const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`);
  for (const row of db.prepare(`SELECT DISTINCT ${column} AS value FROM ${table}`).all()) {
    update.run(hashToken(String(row.value)), String(row.value));
  }
}

/** Records are stored as their published JSON in `data`; the columns beside it are for lookups. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'directory-and-credentials',
    sql: `
      CREATE TABLE organisations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        country TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX organisations_by_country ON organisations (country, seq);
      CREATE TABLE credentials (
        token TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('publishable-key', 'contact-token', 'admin-token')),
        organisation_id TEXT REFERENCES organisations (id),
        allowed_origins TEXT NOT NULL DEFAULT '[]'
      );
      CREATE TABLE services (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        data TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'referrals-messages-events',
    sql: `
      CREATE TABLE referrals (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        referring_organisation_id TEXT NOT NULL REFERENCES organisations (id),
        receiving_organisation_id TEXT NOT NULL REFERENCES organisations (id),
        status TEXT NOT NULL,
        priority TEXT NOT NULL,
        response_due_at TEXT NOT NULL,
        sent_at TEXT,
        requested_response_due_at TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX referrals_by_receiver ON referrals (receiving_organisation_id, seq);
      CREATE INDEX referrals_by_referrer ON referrals (referring_organisation_id, seq);
      CREATE TABLE referral_events (
        referral_id TEXT NOT NULL REFERENCES referrals (id),
        sequence INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (referral_id, sequence)
      );
      CREATE TABLE messages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        referral_id TEXT NOT NULL REFERENCES referrals (id),
        data TEXT NOT NULL
      );
      CREATE INDEX messages_by_referral ON messages (referral_id, seq);
    `,
  },
  {
    version: 3,
    name: 'idempotency-and-webhooks',
    sql: `
      CREATE TABLE idempotency_keys (
        credential TEXT NOT NULL,
        key TEXT NOT NULL,
        operation TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (credential, key)
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
      CREATE TABLE webhook_subscriptions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        secret TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX webhook_subscriptions_by_organisation ON webhook_subscriptions (organisation_id, seq);
      CREATE TABLE webhook_outbox (
        seq INTEGER PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        referral_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT
      );
      CREATE INDEX webhook_outbox_pending ON webhook_outbox (status, subscription_id, referral_id, seq);
    `,
  },
  {
    version: 7,
    name: 'sandbox-clock-and-deadlines',
    sql: `
      CREATE TABLE sandbox_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        offset_ms INTEGER NOT NULL
      );
      -- 0: nothing fired yet, 1: due-soon fired, 2: overdue fired (never twice).
      ALTER TABLE referrals ADD COLUMN deadline_stage INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX referrals_deadline_pending ON referrals (deadline_stage, response_due_at)
        WHERE deadline_stage < 2 AND status IN ('sent', 'received');
    `,
  },
  {
    version: 8,
    name: 'follow-ups',
    sql: `
      CREATE TABLE follow_ups (
        reference TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL UNIQUE REFERENCES referrals (id),
        secret_hash TEXT NOT NULL
      );
    `,
  },
  {
    version: 10,
    name: 'remembered-answers-by-referral',
    sql: `
      ALTER TABLE idempotency_keys ADD COLUMN referral_id TEXT;
      CREATE INDEX idempotency_keys_by_referral ON idempotency_keys (referral_id) WHERE referral_id IS NOT NULL;
    `,
  },
  {
    version: 11,
    name: 'credentials-stored-as-hashes',
    sql: 'ALTER TABLE credentials RENAME COLUMN token TO token_hash;',
    rewrite: (db) => {
      hashColumn(db, 'credentials', 'token_hash');
      hashColumn(db, 'idempotency_keys', 'credential');
    },
  },
];

export function migrate(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((row) => Number(row.version)),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      migration.rewrite?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    // What a rewrite replaced (tokens in clear) must not stay in the file or the WAL.
    if (migration.rewrite) db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}
