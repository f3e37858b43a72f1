/**
 * The sandbox's one clock: the machine's time plus an offset that only grows. Everything that
 * asks what time it is (deadlines, search's "open now", rate limits, idempotency, webhook
 * retries) asks this clock, so advancing it (`POST /v1/sandbox/clock`) moves the whole sandbox.
 * The offset is kept in the store: a restart does not turn the clock back.
 */
import { readClockOffset, writeClockOffset } from './store/clock.js';
import type { Database } from './store/database.js';

export class SandboxClock {
  #offsetMs: number;

  constructor(readonly db: Database) {
    this.#offsetMs = readClockOffset(db);
  }

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  get offsetSeconds(): number {
    return Math.round(this.#offsetMs / 1000);
  }

  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
    writeClockOffset(this.db, this.#offsetMs);
  }
}
