/**
 * The embedded SQLite store: opening it durably and running work in transactions.
 * node:sqlite is synchronous, so a transaction cannot interleave with another request's: a
 * check-then-insert inside `transaction()` is atomic.
 */
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.js';

export type Database = DatabaseSync;

export function openDatabase(location: string): Database {
  const db = new DatabaseSync(location);
  if (location !== ':memory:') {
    // WAL with synchronous=FULL: a write is on disk when COMMIT returns, before the answer goes out.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
  }
  // Deleted and overwritten content is zeroed, so erased personal data leaves no bytes behind.
  db.exec('PRAGMA secure_delete = ON');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db);
  return db;
}

const afterCommit = new WeakMap<Database, (() => void)[]>();

/** Runs `work` in one IMMEDIATE transaction; nested calls join the outer transaction. */
export function transaction<T>(db: Database, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  afterCommit.set(db, []);
  try {
    const result = work();
    db.exec('COMMIT');
    for (const effect of afterCommit.get(db) ?? []) effect();
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    afterCommit.delete(db);
  }
}

/**
 * `transaction` for work that awaits between its writes (sealing the seed). Only while nothing
 * else uses the store: before the server listens.
 */
export async function transactionAwaiting<T>(db: Database, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  afterCommit.set(db, []);
  try {
    const result = await work();
    db.exec('COMMIT');
    for (const effect of afterCommit.get(db) ?? []) effect();
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    afterCommit.delete(db);
  }
}

/** Runs `effect` once the current transaction commits (at once outside a transaction). */
export function onCommit(db: Database, effect: () => void): void {
  const effects = afterCommit.get(db);
  if (effects) effects.push(effect);
  else effect();
}
