/** Bearer credentials: publishable keys, contact tokens and the admin token. */
import type { Credential } from '@victim-referral/schemas';
import type { Database } from './database.js';
import { sql } from './statements.js';

export type CredentialKind = Exclude<Credential, 'none'>;

export interface StoredCredential {
  token: string;
  kind: CredentialKind;
  organisationId: string | null;
  /** Origin patterns such as `http://localhost:*`, for browsers using the credential. */
  allowedOrigins: string[];
}

function fromRow(row: Record<string, unknown>): StoredCredential {
  return {
    token: String(row.token),
    kind: row.kind as CredentialKind,
    organisationId: row.organisation_id === null ? null : String(row.organisation_id),
    allowedOrigins: JSON.parse(String(row.allowed_origins)) as string[],
  };
}

export function insertCredential(db: Database, credential: StoredCredential): void {
  sql(db, 'INSERT OR IGNORE INTO credentials (token, kind, organisation_id, allowed_origins) VALUES (?, ?, ?, ?)').run(
    credential.token,
    credential.kind,
    credential.organisationId,
    JSON.stringify(credential.allowedOrigins),
  );
}

export function findCredential(db: Database, token: string): StoredCredential | undefined {
  const row = sql(db, 'SELECT * FROM credentials WHERE token = ?').get(token);
  return row ? fromRow(row) : undefined;
}

export function credentialsOf(db: Database, organisationId: string): StoredCredential[] {
  return sql(db, 'SELECT * FROM credentials WHERE organisation_id = ?').all(organisationId).map(fromRow);
}

/** Every origin pattern any publishable key allows: what a CORS preflight may be granted. */
export function allAllowedOrigins(db: Database): Set<string> {
  const rows = sql(db, "SELECT allowed_origins FROM credentials WHERE kind = 'publishable-key'").all();
  return new Set(rows.flatMap((row) => JSON.parse(String(row.allowed_origins)) as string[]));
}
