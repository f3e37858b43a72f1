import type { Database } from './database.js';
import { sql } from './statements.js';

export interface StoredFollowUp {
  reference: string;
  referralId: string;
  /** SHA-256 of the secret, hex: the secret itself is never stored. */
  secretHash: string;
}

export function insertFollowUp(db: Database, followUp: StoredFollowUp): void {
  sql(db, 'INSERT INTO follow_ups (reference, referral_id, secret_hash) VALUES (?, ?, ?)').run(
    followUp.reference,
    followUp.referralId,
    followUp.secretHash,
  );
}

export function findFollowUp(db: Database, reference: string): StoredFollowUp | undefined {
  const row = sql(db, 'SELECT reference, referral_id, secret_hash FROM follow_ups WHERE reference = ?').get(reference);
  return row && { reference, referralId: String(row.referral_id), secretHash: String(row.secret_hash) };
}
