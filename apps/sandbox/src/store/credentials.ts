/**
 * Bearer credentials: publishable keys, contact tokens and the admin token. Only a SHA-256 hash of
 * each token is stored; the token itself is shown once, when it is issued. Tokens are random (192
 * bits), so a fast hash is enough: there is nothing to guess.
 */
import { createHash } from 'node:crypto';
import type { Credential } from '@victim-referral/schemas';
import type { Database } from './database.js';
import { sql } from './statements.js';

export type CredentialKind = Exclude<Credential, 'none'>;

export interface StoredCredential {
  /** Hex SHA-256 of the token: what the store keeps, and what limits and remembered answers key on. */
  tokenHash: string;
  kind: CredentialKind;
  organisationId: string | null;
  /** Origin patterns such as `http://localhost:*`, for browsers using the credential. */
  allowedOrigins: string[];
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function fromRow(row: Record<string, unknown>): StoredCredential {
  return {
    tokenHash: String(row.token_hash),
    kind: row.kind as CredentialKind,
    organisationId: row.organisation_id === null ? null : String(row.organisation_id),
    allowedOrigins: JSON.parse(String(row.allowed_origins)) as string[],
  };
}

export function insertCredential(db: Database, credential: StoredCredential): void {
  sql(db, 'INSERT INTO credentials (token_hash, kind, organisation_id, allowed_origins) VALUES (?, ?, ?, ?)').run(
    credential.tokenHash,
    credential.kind,
    credential.organisationId,
    JSON.stringify(credential.allowedOrigins),
  );
}

export function findCredential(db: Database, token: string): StoredCredential | undefined {
  const row = sql(db, 'SELECT * FROM credentials WHERE token_hash = ?').get(hashToken(token));
  return row ? fromRow(row) : undefined;
}

export function hasAdminCredential(db: Database): boolean {
  return sql(db, "SELECT 1 FROM credentials WHERE kind = 'admin-token'").get() !== undefined;
}

export function credentialsOf(db: Database, organisationId: string): StoredCredential[] {
  return sql(db, 'SELECT * FROM credentials WHERE organisation_id = ?').all(organisationId).map(fromRow);
}

/** Every origin pattern any publishable key allows: what a CORS preflight may be granted. */
export function allAllowedOrigins(db: Database): Set<string> {
  const rows = sql(db, "SELECT allowed_origins FROM credentials WHERE kind = 'publishable-key'").all();
  return new Set(rows.flatMap((row) => JSON.parse(String(row.allowed_origins)) as string[]));
}
