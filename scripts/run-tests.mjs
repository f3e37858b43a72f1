#!/usr/bin/env node
// Runs every package's tests through turbo, then prints the totals of all test runners as one
// line, `N passed, N failed`. Each package's `test` script writes a vitest JSON report to
// `test-results.json`; a run that executed no test at all fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportName = 'test-results.json';

function workspaceDirs() {
  const out = spawnSync('pnpm', ['-r', 'exec', 'pwd'], { cwd: root, encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

const dirs = workspaceDirs();
for (const dir of dirs) rmSync(join(dir, reportName), { force: true });

// Two suites at a time: the machine has two cores, and the browser suites need one each.
const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

/** The first line of a failure message, so the summary names the cause without the stack. */
const firstLine = (message = '') => message.split('\n').find((line) => line.trim()) ?? '';

/** The browser journeys of apps/engines are named `<engine>: <journey>`: their totals per engine. */
const enginesDir = join(root, 'apps', 'engines');
const perEngine = new Map();
function countEngine(test) {
  const engine = /^(\w+): /.exec(test.title)?.[1];
  if (!engine) return;
  const counts = perEngine.get(engine) ?? { passed: 0, failed: 0 };
  if (test.status === 'passed' || test.status === 'failed') counts[test.status] += 1;
  perEngine.set(engine, counts);
}

let passed = 0;
const failures = [];
for (const dir of dirs) {
  const file = join(dir, reportName);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  for (const result of report.testResults) {
    const where = relative(root, result.name);
    if (dir === enginesDir) result.assertionResults.forEach(countEngine);
    // A file that failed to load counts as a failure even though none of its tests ran.
    if (result.status === 'failed' && result.assertionResults.length === 0) {
      failures.push(`${where}: ${firstLine(result.message)}`);
    }
    for (const test of result.assertionResults.filter((t) => t.status === 'failed')) {
      failures.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
    }
  }
}

// Repeated here, next to the totals, because the runners' own logs scroll far above.
for (const failure of failures) console.log(`FAILED ${failure}`);
if (perEngine.size > 0) {
  const totals = [...perEngine].map(([engine, counts]) => `${engine} ${counts.passed} passed, ${counts.failed} failed`);
  console.log(`browser journeys per engine: ${totals.join('; ')}`);
}
const failed = failures.length;
console.log(`${passed} passed, ${failed} failed`);
if (turbo.status !== 0 || failed > 0 || passed === 0) process.exit(1);
