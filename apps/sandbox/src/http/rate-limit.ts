/**
 * Fixed-window request limits, kept in memory. Every bucket is per credential *and* client address,
 * so one abuser cannot lock a member's victims out; creates (a victim asking for help) have a
 * budget of their own that searches cannot spend; and an address that keeps failing to
 * authenticate is refused for the rest of the window.
 */
import { ApiError } from './problem.js';

export interface RateLimit {
  /** Requests per credential, client address and window. */
  limit: number;
  /** Creates per credential, client address and window, counted apart from other requests. */
  createLimit: number;
  /** Failed authentications per client address and window; past it, every request from there is refused. */
  authFailureLimit: number;
  windowMs: number;
}

export const defaultRateLimit: RateLimit = { limit: 600, createLimit: 60, authFailureLimit: 60, windowMs: 60_000 };

export class RateLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(readonly config: RateLimit) {}

  /** Counts a request of a credential from an address; throws a 429 once its window is used up. */
  take(credential: string, address: string, creates: boolean, now: number): void {
    const limit = creates ? this.config.createLimit : this.config.limit;
    const window = this.#count(`${creates ? 'create' : 'request'}:${credential}:${address}`, now);
    if (window.count > limit)
      this.#refuse(window, now, `At most ${limit} ${creates ? 'creates' : 'requests'} per window`);
  }

  /** Throws a 429 when `address` failed to authenticate too often in this window. */
  checkAuthentication(address: string, now: number): void {
    const window = this.#windows.get(`auth-failure:${address}`);
    if (window && now - window.startedAt < this.config.windowMs && window.count >= this.config.authFailureLimit) {
      this.#refuse(window, now, 'Too many failed authentications from this address');
    }
  }

  failedAuthentication(address: string, now: number): void {
    this.#count(`auth-failure:${address}`, now);
  }

  #count(bucket: string, now: number): { startedAt: number; count: number } {
    let window = this.#windows.get(bucket);
    if (!window || now - window.startedAt >= this.config.windowMs) {
      this.#forgetExpired(now);
      window = { startedAt: now, count: 0 };
      this.#windows.set(bucket, window);
    }
    window.count++;
    return window;
  }

  /** Drops ended windows once the map grows, so many addresses cannot fill the memory. */
  #forgetExpired(now: number): void {
    if (this.#windows.size < 10_000) return;
    for (const [bucket, window] of this.#windows) {
      if (now - window.startedAt >= this.config.windowMs) this.#windows.delete(bucket);
    }
  }

  #refuse(window: { startedAt: number }, now: number, detail: string): never {
    const retryAfter = Math.max(1, Math.ceil((window.startedAt + this.config.windowMs - now) / 1000));
    throw new ApiError(429, 'rate-limited', detail, { retryAfter });
  }
}
