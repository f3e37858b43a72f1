/** Fixed-window request limits per publishable key, kept in memory. */
import { ApiError } from './problem.js';

export interface RateLimit {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(readonly config: RateLimit) {}

  /** Counts a request; throws a 429 problem with `Retry-After` once the window is used up. */
  take(key: string, now: number): void {
    let window = this.#windows.get(key);
    if (!window || now - window.startedAt >= this.config.windowMs) {
      window = { startedAt: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count++;
    if (window.count > this.config.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + this.config.windowMs - now) / 1000));
      throw new ApiError(429, 'rate-limited', `At most ${this.config.limit} requests per key and window`, {
        retryAfter,
      });
    }
  }
}
