import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often a workspace element asks the API for news while all is well. */
export const pollIntervalMs = 30_000;
/** The longest wait between two polls after failures (the interval doubles after each one). */
export const maxPollBackoffMs = 5 * 60_000;

/**
 * Calls `poll` every `intervalMs` while the host is connected and the page is visible; after a
 * failed poll the wait doubles up to `maxPollBackoffMs`, and it is back to the interval after a
 * success. A hidden page is not polled; when it shows again it is polled at once.
 */
export class PollController implements ReactiveController {
  intervalMs = pollIntervalMs;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly poll: () => Promise<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running = false;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.now();
    else this.stop();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, poll: () => Promise<void>) {
    this.host = host;
    this.poll = poll;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Polls now (after a user's action, or when the page shows again), then on schedule. */
  now(): void {
    this.stop();
    void this.run();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.stop();
    if (!this.host.isConnected || document.visibilityState !== 'visible') return;
    const wait = Math.min(this.intervalMs * 2 ** this.failures, maxPollBackoffMs);
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.poll();
      this.failures = 0;
    } catch {
      this.failures += 1;
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
