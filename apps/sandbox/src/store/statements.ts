import type { StatementSync } from 'node:sqlite';
import type { Database } from './database.js';

const cache = new WeakMap<Database, Map<string, StatementSync>>();

/** A prepared statement for `text`, prepared once per database. */
export function sql(db: Database, text: string): StatementSync {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

/** Parses the `data` column of each row. */
export function records<T>(rows: readonly Record<string, unknown>[]): T[] {
  return rows.map((row) => JSON.parse(String(row.data)) as T);
}
