import type { Database } from './database.js';
import { sql } from './statements.js';

/** How far, in milliseconds, the sandbox's clock runs ahead of the machine's (0 until advanced). */
export function readClockOffset(db: Database): number {
  const row = sql(db, 'SELECT offset_ms FROM sandbox_clock WHERE id = 1').get();
  return row ? Number(row.offset_ms) : 0;
}

export function writeClockOffset(db: Database, offsetMs: number): void {
  sql(
    db,
    'INSERT INTO sandbox_clock (id, offset_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms',
  ).run(offsetMs);
}
