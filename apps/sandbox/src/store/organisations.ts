import type { Organisation } from '@victim-referral/schemas';
import type { Database } from './database.js';
import { records, sql } from './statements.js';

export interface OrganisationRow {
  seq: number;
  organisation: Organisation;
}

export function insertOrganisation(db: Database, organisation: Organisation): void {
  sql(db, 'INSERT INTO organisations (id, country, name, data) VALUES (?, ?, ?, ?)').run(
    organisation.id,
    organisation.country,
    organisation.name,
    JSON.stringify(organisation),
  );
}

export function getOrganisation(db: Database, id: string): Organisation | undefined {
  return records<Organisation>(sql(db, 'SELECT data FROM organisations WHERE id = ?').all(id))[0];
}

export function organisationNamed(db: Database, name: string, country: string): boolean {
  return sql(db, 'SELECT 1 FROM organisations WHERE name = ? AND country = ?').get(name, country) !== undefined;
}

export function countOrganisations(db: Database): number {
  return Number(sql(db, 'SELECT count(*) AS n FROM organisations').get()?.n ?? 0);
}

/** Organisations in the order they were added, after `afterSeq`. */
export function listOrganisations(
  db: Database,
  filter: { country?: string | undefined; afterSeq: number; limit: number },
): OrganisationRow[] {
  const rows = sql(
    db,
    `SELECT seq, data FROM organisations
     WHERE seq > $afterSeq AND ($country IS NULL OR country = $country)
     ORDER BY seq LIMIT $limit`,
  ).all({ afterSeq: filter.afterSeq, country: filter.country ?? null, limit: filter.limit });
  return rows.map((row) => ({ seq: Number(row.seq), organisation: JSON.parse(String(row.data)) as Organisation }));
}

/** Every organisation's id and name, for the service search index. */
export function organisationNames(db: Database): Map<string, string> {
  const rows = sql(db, 'SELECT id, name FROM organisations').all();
  return new Map(rows.map((row) => [String(row.id), String(row.name)]));
}

export function replaceOrganisation(db: Database, organisation: Organisation): void {
  sql(db, 'UPDATE organisations SET data = ? WHERE id = ?').run(JSON.stringify(organisation), organisation.id);
}
