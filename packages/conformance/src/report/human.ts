/** The report a person reads: one line per check, and under each failure what was expected and what came back. */
import type { CheckResult } from '../check.js';
import type { RunReport } from '../runner.js';

const marks = { passed: '✓', failed: '✗', skipped: '-' } as const;

/** One check as the report shows it (also printed as the checks run). */
export function formatResult(result: CheckResult): string {
  const line = `  ${marks[result.outcome]} ${result.name}`;
  if (result.outcome === 'skipped') return `${line} (skipped: ${result.skipReason})`;
  if (result.outcome === 'passed') return line;
  const requestId = result.requestId ? `\n      request id: ${result.requestId}` : '';
  return `${line}\n      expected: ${result.expected}\n      got:      ${result.received}${requestId}`;
}

/** The lines after the last check: what was cleaned up, and the totals. */
export function formatSummary(report: RunReport): string {
  const { passed, failed, skipped } = report.totals;
  const notWithdrawn = report.cleanup.failed > 0 ? ` (${report.cleanup.failed} could not be)` : '';
  const waited =
    report.rateLimitWaitMs > 0
      ? [`Waited ${Math.round(report.rateLimitWaitMs / 1000)} s for the server's rate limits`]
      : [];
  return [
    '',
    ...waited,
    `Cleaned up: consent withdrawn on ${report.cleanup.withdrawn} referrals the kit made${notWithdrawn}`,
    `${passed} passed, ${failed} failed, ${skipped} skipped in ${(report.durationMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
