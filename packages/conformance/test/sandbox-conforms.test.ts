/** The reference server passes every check, run as a member would: the built CLI, its credentials file, JUnit and JSON out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkGroups, type RunReport } from '../src/index.js';
import { runCli } from './support/run-cli.js';
import { freePort, startTestSandbox, type TestSandbox } from './support/sandbox.js';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox?.close());

test('a default sandbox passes every check of every group, webhooks included', async () => {
  const junit = join(sandbox.credentialsFile, '..', 'junit.xml');
  const port = await freePort();
  const run = await runCli([
    '--base-url',
    sandbox.sandbox.url,
    '--credentials',
    sandbox.credentialsFile,
    '--webhook-receiver',
    `http://127.0.0.1:${port}/conformance-hooks`,
    '--junit',
    junit,
    '--json',
  ]);
  const report = JSON.parse(run.stdout) as RunReport;
  const failures = report.results.filter((result) => result.outcome !== 'passed');
  expect(failures).toEqual([]);
  expect(run.code).toBe(0);
  expect(report.groups.map((group) => group.id)).toEqual(checkGroups.map((group) => group.id));
  for (const group of checkGroups) {
    expect(report.results.filter((result) => result.group === group.id).length, group.id).toBeGreaterThan(0);
  }
  // Every referral the kit made was withdrawn (or already was): nothing of it stays readable.
  expect(report.cleanup.failed).toBe(0);
  expect(report.cleanup.withdrawn).toBeGreaterThan(0);
  // The human report went to stderr, the JUnit XML to its file.
  expect(run.stderr).toMatch(new RegExp(`${report.totals.passed} passed, 0 failed, 0 skipped`));
  const xml = readFileSync(junit, 'utf8');
  expect(xml).toContain(
    `<testsuites name="victim-referral conformance of ${sandbox.sandbox.url}" tests="${report.results.length}" failures="0"`,
  );
  expect(xml.match(/<testcase /g)?.length).toBe(report.results.length);
});

test('without a webhook receiver the webhooks group is skipped, saying why, and the run still passes', async () => {
  const run = await runCli([
    '--base-url',
    sandbox.sandbox.url,
    '--credentials',
    sandbox.credentialsFile,
    '--only',
    'webhooks',
  ]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('(skipped: no --webhook-receiver given');
  expect(run.stdout).toMatch(/0 passed, 0 failed, 1 skipped/);
});
