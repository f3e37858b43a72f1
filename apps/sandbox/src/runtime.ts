import type { SandboxClock } from './clock.js';
import type { ServiceIndex } from './search/service-index.js';
import type { Database } from './store/database.js';

/** What the request handlers and the seed work with. */
export interface Runtime {
  readonly db: Database;
  readonly clock: SandboxClock;
  /** The sandbox clock's time. */
  now(): Date;
  newId(): string;
  readonly services: ServiceIndex;
  /** Asks the webhook dispatcher to look at the outbox (after the current transaction). */
  wakeDeliveries(): void;
}
