/** The CLI: its human report of a failure, its exit codes, and a clear error for bad input. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenServers } from './support/faults.js';
import { type FaultyProxy, startFaultyProxy } from './support/faulty-proxy.js';
import { runCli } from './support/run-cli.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';

let sandbox: TestSandbox;
let proxy: FaultyProxy;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const plainJson = brokenServers.find((broken) => broken.group === 'problems');
  if (!plainJson) throw new Error('No broken server for the problems group');
  proxy = await startFaultyProxy(sandbox.sandbox.url, plainJson.fault(sandbox.sandbox.credentials));
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.close();
});

test('a failure reads as a sentence with what was expected, what came back and the request id; the exit code is 1', async () => {
  const run = await runCli(['--base-url', proxy.url, '--credentials', sandbox.credentialsFile, '--only', 'problems']);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Problem details for bad input');
  expect(run.stdout).toMatch(
    /✗ malformed JSON is refused with 400 malformed-json\n {6}expected: Content-Type application\/problem\+json\n {6}got: {6}Content-Type application\/json\n {6}request id: \S+/,
  );
  expect(run.stdout).toMatch(/0 passed, \d+ failed, 0 skipped/);
});

test('--only takes several groups, and an unknown one is refused listing the groups', async () => {
  const several = await runCli([
    '--base-url',
    sandbox.sandbox.url,
    '--credentials',
    sandbox.credentialsFile,
    '--only',
    'discovery,problems',
  ]);
  expect(several.code).toBe(0);
  expect(several.stdout).toContain('Discovery and OpenAPI');
  expect(several.stdout).toContain('Problem details for bad input');
  expect(several.stdout).not.toContain('Sealing');

  const unknown = await runCli([
    '--base-url',
    sandbox.sandbox.url,
    '--credentials',
    sandbox.credentialsFile,
    '--only',
    'speed',
  ]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown check group speed; the groups are discovery, directory,');
});

test('a credentials file of the wrong shape is refused naming each problem by its path', async () => {
  const file = join(sandbox.credentialsFile, '..', 'wrong.json');
  const [first] = sandbox.sandbox.credentials.organisations;
  writeFileSync(file, JSON.stringify({ organisations: [{ ...first, privateKeys: [] }] }));
  const run = await runCli(['--base-url', sandbox.sandbox.url, '--credentials', file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${file} is not a valid credentials file:`);
  expect(run.stderr).toContain('/organisations: Expected at least two organisations');
  expect(run.stderr).toContain('/organisations/0/privateKeys: Expected at least one private key');
});

test('missing options and unreadable files are refused with the usage', async () => {
  const missing = await runCli(['--credentials', sandbox.credentialsFile]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/^Missing --base-url\n\nUsage: victim-referral-conformance/);
  const absent = await runCli(['--base-url', sandbox.sandbox.url, '--credentials', '/nonexistent/credentials.json']);
  expect(absent.code).toBe(2);
  expect(absent.stderr).toContain('Cannot read the credentials file /nonexistent/credentials.json');
});
