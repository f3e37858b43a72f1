/** Scans for answer deadlines on a fixed interval, so each fires within `intervalMs` of passing. */
import { scanDeadlines } from './domain/deadlines.js';
import type { Runtime } from './runtime.js';

export class DeadlineWatcher {
  readonly #timer: NodeJS.Timeout;

  constructor(rt: Runtime, intervalMs: number) {
    this.#timer = setInterval(() => {
      try {
        scanDeadlines(rt);
      } catch (error) {
        console.error('[sandbox] deadline scan failed', error);
      }
    }, intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
