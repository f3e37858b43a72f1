/**
 * Ten wrong secrets for one reference lock it for fifteen minutes (429 with Retry-After). Known
 * and unknown references count alike, so the lock tells nothing either. Kept in memory, on the
 * sandbox clock: failed attempts change nothing in the store.
 */
import { DomainError } from './errors.js';

export const maxWrongSecrets = 10;
export const lockMs = 15 * 60_000;
/** Past this many references under watch, those neither locked nor recently failed are forgotten. */
const watchedLimit = 10_000;

interface Attempts {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

export class FollowUpLock {
  readonly #attempts = new Map<string, Attempts>();

  /** Throws the 429 while `reference` is locked. */
  check(reference: string, now: number): void {
    const attempts = this.#attempts.get(reference);
    if (!attempts || attempts.lockedUntil <= now) return;
    throw new DomainError(429, 'rate-limited', 'Too many wrong attempts for this reference; try again later', {
      retryAfter: Math.ceil((attempts.lockedUntil - now) / 1000),
    });
  }

  failed(reference: string, now: number): void {
    const previous = this.#attempts.get(reference);
    const current = previous && now - previous.lastFailureAt < lockMs ? previous.failures : 0;
    const failures = current + 1;
    const locked = failures >= maxWrongSecrets;
    this.#attempts.set(reference, {
      failures: locked ? 0 : failures,
      lastFailureAt: now,
      lockedUntil: locked ? now + lockMs : 0,
    });
    if (this.#attempts.size > watchedLimit) this.#forgetStale(now);
  }

  succeeded(reference: string): void {
    this.#attempts.delete(reference);
  }

  #forgetStale(now: number): void {
    for (const [reference, attempts] of this.#attempts) {
      if (attempts.lockedUntil <= now && now - attempts.lastFailureAt >= lockMs) this.#attempts.delete(reference);
    }
  }
}
