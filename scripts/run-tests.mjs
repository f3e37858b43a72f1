#!/usr/bin/env node
// Runs every package's tests through turbo, then prints the totals of all test runners as one
// line, `N passed, N failed`. Each package's `test` script writes a vitest JSON report to
// `test-results.json`; a run that executed no test at all fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

let passed = 0;
let failed = 0;
for (const dir of dirs) {
  const file = join(dir, reportName);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that failed to load counts as a failure even though none of its tests ran.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
}

console.log(`${passed} passed, ${failed} failed`);
if (turbo.status !== 0 || failed > 0 || passed === 0) process.exit(1);
