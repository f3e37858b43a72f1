/** JUnit XML, the report format CI systems read: a test suite per group, a test case per check. */
import type { CheckResult } from '../check.js';
import type { RunReport } from '../runner.js';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');

function testCase(result: CheckResult, suite: string): string {
  const head = `    <testcase ${attributes({ classname: suite, name: result.name, time: result.durationMs / 1000 })}`;
  if (result.outcome === 'passed') return `${head}/>`;
  if (result.outcome === 'skipped')
    return `${head}>\n      <skipped ${attributes({ message: result.skipReason ?? '' })}/>\n    </testcase>`;
  const message = `expected ${result.expected}, got ${result.received}`;
  const detail = `${message}${result.requestId ? `\nrequest id: ${result.requestId}` : ''}`;
  return `${head}>\n      <failure ${attributes({ message })}>${escapeXml(detail)}</failure>\n    </testcase>`;
}

export function junitXml(report: RunReport): string {
  const suites = report.groups.map((group) => {
    const results = report.results.filter((r) => r.group === group.id);
    const count = (outcome: CheckResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
    const head = attributes({
      name: group.title,
      tests: results.length,
      failures: count('failed'),
      errors: 0,
      skipped: count('skipped'),
      time,
      timestamp: report.startedAt,
    });
    return [`  <testsuite ${head}>`, ...results.map((r) => testCase(r, group.id)), '  </testsuite>'].join('\n');
  });
  const totals = attributes({
    name: `victim-referral conformance of ${report.baseUrl}`,
    tests: report.results.length,
    failures: report.totals.failed,
    errors: 0,
    skipped: report.totals.skipped,
    time: report.durationMs / 1000,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${totals}>\n${suites.join('\n')}\n</testsuites>\n`;
}
