import type { Service } from '@victim-referral/schemas';
import type { Database } from './database.js';
import { records, sql } from './statements.js';

export function insertService(db: Database, service: Service): number {
  const result = sql(db, 'INSERT INTO services (id, organisation_id, data) VALUES (?, ?, ?)').run(
    service.id,
    service.organisationId,
    JSON.stringify(service),
  );
  return Number(result.lastInsertRowid);
}

export function replaceService(db: Database, service: Service): void {
  sql(db, 'UPDATE services SET organisation_id = ?, data = ? WHERE id = ?').run(
    service.organisationId,
    JSON.stringify(service),
    service.id,
  );
}

export function getService(db: Database, id: string): Service | undefined {
  return records<Service>(sql(db, 'SELECT data FROM services WHERE id = ?').all(id))[0];
}

/** Every service with its insertion order, for the search index. */
export function allServices(db: Database): { seq: number; service: Service }[] {
  return sql(db, 'SELECT seq, data FROM services ORDER BY seq')
    .all()
    .map((row) => ({ seq: Number(row.seq), service: JSON.parse(String(row.data)) as Service }));
}
