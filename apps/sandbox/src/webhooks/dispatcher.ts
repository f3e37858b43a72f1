/**
 * Delivers the webhook outbox: at least once, in order per subscription and referral, retrying
 * failures with exponential backoff until `maxAttempts`, after which the delivery is given up and
 * the referral's next event may go.
 */
import { webhookSignatureHeader } from '@victim-referral/schemas';
import type { Database } from '../store/database.js';
import {
  dueDeliveries,
  getSubscription,
  markAttemptFailed,
  markDelivered,
  nextDeliveryAt,
  type OutboxEntry,
} from '../store/webhooks.js';
import { post, type Resolver, type Target } from './post.js';
import { sign } from './signature.js';

export interface DeliveryOptions {
  /** Delay before the first retry; each further retry waits twice as long. */
  baseDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
  /** Resolves the subscribers' host names at delivery (default: the system's `dns.lookup`). */
  resolve?: Resolver;
}

export class WebhookDispatcher {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  /** `now` is the sandbox clock's time in milliseconds: deliveries are due by it. */
  constructor(
    readonly db: Database,
    readonly now: () => number,
    readonly options: DeliveryOptions,
    readonly target: Target,
  ) {}

  /** Looks at the outbox soon; calls while a round runs make it go round once more. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#round(), 0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #round(): void {
    this.#running = (async () => {
      do {
        this.#again = false;
        const due = dueDeliveries(this.db, this.now());
        await Promise.all(due.map((entry) => this.#deliver(entry)));
        if (due.length > 0) this.#again = true;
      } while (this.#again && !this.#stopped);
    })().finally(() => {
      this.#running = undefined;
      this.#scheduleNext();
    });
  }

  #scheduleNext(): void {
    if (this.#stopped) return;
    const at = nextDeliveryAt(this.db);
    if (at === undefined) return;
    this.#timer = setTimeout(() => this.#round(), Math.max(0, at - this.now()));
    this.#timer.unref();
  }

  async #deliver(entry: OutboxEntry): Promise<void> {
    const stored = getSubscription(this.db, entry.subscriptionId);
    if (!stored) {
      markAttemptFailed(this.db, entry.seq, 'subscription deleted', null);
      return;
    }
    let error: string;
    try {
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'victim-referral-sandbox',
        // The machine's time, not the sandbox clock's: receivers check it against their own clocks.
        [webhookSignatureHeader]: sign(stored.secret, entry.payload, new Date()),
      };
      // Redirects are not followed: a 3xx is a failed delivery.
      const status = await post(stored.subscription.url, entry.payload, headers, this.target, this.options.timeoutMs);
      if (status >= 200 && status < 300) {
        markDelivered(this.db, entry.seq);
        return;
      }
      error = `HTTP ${status}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const attempts = entry.attempts + 1;
    const retryAt =
      attempts >= this.options.maxAttempts ? null : this.now() + this.options.baseDelayMs * 2 ** (attempts - 1);
    markAttemptFailed(this.db, entry.seq, error, retryAt);
  }
}
