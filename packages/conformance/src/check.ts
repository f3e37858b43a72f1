/**
 * What a check is and what it reports. A check is a named promise: it passes when it resolves,
 * fails when it throws. `expectThat` throws a `CheckFailure` naming what was expected and what came
 * back, so a report reads "expected 404 not-found, got 200".
 */

/** One HTTP exchange a check made, as the report shows it. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  /** The server's `X-Request-Id`, to quote when asking its operators what happened. */
  requestId: string | undefined;
}

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  /** The id of the check's group, as `--only` takes it. */
  group: string;
  /** A sentence: what a conforming server does. */
  name: string;
  outcome: Outcome;
  /** On a failure: what the check expected, and what came back. */
  expected?: string;
  received?: string;
  /** On a skip: why. */
  skipReason?: string;
  /** The request id of the exchange the failure is about (else the check's last one). */
  requestId?: string;
  durationMs: number;
}

export class CheckFailure extends Error {
  override name = 'CheckFailure';
  constructor(
    readonly expected: string,
    readonly received: string,
    /** The exchange the failure is about, when it is not the check's last one. */
    readonly exchange?: Pick<Exchange, 'requestId'>,
  ) {
    super(`expected ${expected}, got ${received}`);
  }
}

/** Throws a `CheckFailure` unless `condition` holds. */
export function expectThat(
  condition: unknown,
  expected: string,
  received: string | (() => string),
  exchange?: Pick<Exchange, 'requestId'>,
): asserts condition {
  if (!condition) throw new CheckFailure(expected, typeof received === 'function' ? received() : received, exchange);
}

/** Runs one named check; the group decides what it does. */
export type CheckFn = (name: string, body: () => Promise<void>) => Promise<void>;
