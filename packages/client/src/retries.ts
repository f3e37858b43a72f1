/**
 * The client's one retry loop, for every transport: which failures are worth another attempt, how
 * long to wait (exponential backoff with full jitter, or the server's `Retry-After`), the budget
 * of a whole call, and cancellation at any point. How one attempt is made (ky, or plain fetch) is
 * the caller's; what fails comes back as a `Failure`, which the error mapping turns into a typed error.
 */
import { retryAfterSeconds, toReferralError } from './error-mapping.js';
import { ReferralTimeoutError } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Wait before the first retry, doubled on each next one, then jittered (full jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** Longest single wait. A `Retry-After` longer than this is not waited for: the 429 is thrown. Default 10 s. */
  maxDelayMs?: number;
  /** Budget of a whole call, retries and waits included; past it the call fails with a timeout. Default 60 s. */
  maxElapsedMs?: number;
}

/** Why an attempt got no success answer. */
export type Failure =
  | { kind: 'http'; response: Response; body: unknown }
  | { kind: 'timeout' }
  | { kind: 'network'; cause: unknown };

/** One attempt: the success answer, or what went wrong. Throws only when `signal` aborted it. */
export type Attempt = (signal: AbortSignal) => Promise<{ response: Response } | { failure: Failure }>;

/** Server failures worth another attempt; every other status is final. */
const retriableStatuses = [429, 500, 502, 503, 504];

/** How long to wait before retry number `retry` (1, 2, …), or undefined when the failure is final. */
function waitBefore(retry: number, failure: Failure, policy: Required<RetryPolicy>): number | undefined {
  if (failure.kind === 'http') {
    if (!retriableStatuses.includes(failure.response.status)) return undefined;
    const retryAfter = retryAfterSeconds(failure.response.headers.get('retry-after'));
    if (retryAfter !== undefined) return retryAfter * 1000 > policy.maxDelayMs ? undefined : retryAfter * 1000;
  }
  return Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Aborts when any of `signals` does, with its reason: `AbortSignal.any`, which Safari has only since 17.4. */
export function anyOf(signals: readonly AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

const outOfTime = () =>
  new ReferralTimeoutError({ status: 0, code: 'timeout', title: 'The server did not answer in time' });

/**
 * Makes attempts until one answers with success, the failure is final, the retries (`false`: none)
 * or the call's time budget run out, or the caller's signal aborts (rejecting with its reason).
 */
export async function withRetries(
  attempt: Attempt,
  retry: RetryPolicy | false,
  callerSignal: AbortSignal | undefined,
): Promise<Response> {
  const policy = {
    limit: 2,
    baseDelayMs: 300,
    maxDelayMs: 10_000,
    maxElapsedMs: 60_000,
    ...(retry === false ? { limit: 0 } : retry),
  };
  const budget = retry === false ? undefined : AbortSignal.timeout(policy.maxElapsedMs);
  const signal = anyOf([callerSignal, budget].filter((signal) => signal !== undefined));
  const stopped = () => (callerSignal?.aborted ? callerSignal.reason : outOfTime());
  for (let retries = 0; ; retries++) {
    if (signal.aborted) throw stopped();
    let outcome: Awaited<ReturnType<Attempt>>;
    try {
      outcome = await attempt(signal);
    } catch (error) {
      if (signal.aborted) throw stopped();
      throw error;
    }
    if ('response' in outcome) return outcome.response;
    const wait = retries < policy.limit ? waitBefore(retries + 1, outcome.failure, policy) : undefined;
    if (wait === undefined) throw toReferralError(outcome.failure);
    await sleep(wait, signal).catch(() => {
      throw stopped();
    });
  }
}
