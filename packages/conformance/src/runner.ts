/**
 * Runs the check groups one after another against one server, turning each check's outcome into
 * a `CheckResult`, then cleans up what the checks made.
 */
import { isReferralApiError, ReferralResponseValidationError } from '@victim-referral/client';
import { CheckFailure, type CheckFn, type CheckResult } from './check.js';
import { checkGroups } from './checks/index.js';
import type { KitCredentials } from './credentials.js';
import { createSession, type Session } from './session.js';
import type { WebhookReceiverOptions } from './webhook-receiver.js';

export interface GroupContext {
  session: Session;
  check: CheckFn;
  /** Reports a check that cannot run against this server, and why. */
  skip(name: string, why: string): void;
}

export interface CheckGroup {
  /** What `--only` takes. */
  id: string;
  title: string;
  run(context: GroupContext): Promise<void>;
}

export interface RunOptions {
  baseUrl: string;
  credentials: KitCredentials;
  /** Group ids to run; all when absent or empty. */
  only?: readonly string[];
  webhookReceiver?: WebhookReceiverOptions;
  /** Called with each result as it comes, e.g. to print progress. */
  onResult?: (result: CheckResult) => void;
}

export interface RunReport {
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  groups: { id: string; title: string }[];
  results: CheckResult[];
  cleanup: { withdrawn: number; failed: number };
  /** Time spent waiting out the server's rate limits. */
  rateLimitWaitMs: number;
  totals: Record<CheckResult['outcome'], number>;
}

/** The groups `only` names, in the kit's order; throws naming an unknown id. */
export function selectGroups(only: readonly string[] = []): CheckGroup[] {
  const unknown = only.filter((id) => !checkGroups.some((group) => group.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown check group ${unknown.join(', ')}; the groups are ${checkGroups.map((g) => g.id).join(', ')}`,
    );
  }
  return only.length === 0 ? [...checkGroups] : checkGroups.filter((group) => only.includes(group.id));
}

export async function runConformance(options: RunOptions): Promise<RunReport> {
  const groups = selectGroups(options.only);
  const session = createSession(options);
  const startedAt = new Date();
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };

  for (const group of groups) {
    const context: GroupContext = {
      session,
      check: async (name, body) => {
        session.recorder.take();
        const started = performance.now();
        const outcome = await body().then(
          () => ({ outcome: 'passed' as const }),
          (error: unknown) => failureOf(error, session),
        );
        const exchanges = session.recorder.take();
        const requestId = 'requestId' in outcome ? outcome.requestId : undefined;
        record({
          group: group.id,
          name,
          ...outcome,
          requestId: requestId ?? exchanges.at(-1)?.requestId,
          durationMs: Math.round(performance.now() - started),
        });
      },
      skip: (name, why) => record({ group: group.id, name, outcome: 'skipped', skipReason: why, durationMs: 0 }),
    };
    await group
      .run(context)
      .catch((error: unknown) =>
        context.check(`${group.title}: every check of the group ran`, () => Promise.reject(error)),
      );
  }

  const cleanup = await session.cleanUp();
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) totals[result.outcome]++;
  return {
    baseUrl: options.baseUrl,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(Date.now() - startedAt.getTime()),
    groups: groups.map(({ id, title }) => ({ id, title })),
    results,
    cleanup,
    rateLimitWaitMs: session.recorder.rateLimitWaitMs,
    totals,
  };
}

type Failure = Pick<CheckResult, 'outcome' | 'expected' | 'received' | 'requestId'>;

function failureOf(error: unknown, session: Session): Failure {
  if (error instanceof CheckFailure) {
    return {
      outcome: 'failed',
      expected: error.expected,
      received: error.received,
      requestId: error.exchange?.requestId,
    };
  }
  if (error instanceof ReferralResponseValidationError) {
    const issues = error.issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; ');
    return {
      outcome: 'failed',
      expected: 'an answer matching the contract',
      received: `${error.status}: ${issues}`,
      requestId: error.requestId,
    };
  }
  if (isReferralApiError(error)) {
    return {
      outcome: 'failed',
      expected: 'a success answer',
      received: `${error.status} ${error.code}${error.detail ? `: ${error.detail}` : ''}`,
      requestId: error.requestId,
    };
  }
  const last = session.recorder.exchanges.at(-1);
  return {
    outcome: 'failed',
    expected: 'the check to complete',
    received: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    requestId: last?.requestId,
  };
}
