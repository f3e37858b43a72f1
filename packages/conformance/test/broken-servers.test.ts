/** Every check group catches the fault it is about: the kit, run against a deliberately broken sandbox, fails with the named check. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { type CheckResult, readCredentials, runConformance } from '../src/index.js';
import { brokenServers } from './support/faults.js';
import { type FaultyProxy, startFaultyProxy } from './support/faulty-proxy.js';
import { freePort, startTestSandbox, type TestSandbox } from './support/sandbox.js';

const running: { sandbox?: TestSandbox; proxy?: FaultyProxy } = {};
afterEach(async () => {
  await running.proxy?.close();
  await running.sandbox?.close();
});

const matches = (name: string, failingCheck: string | RegExp) =>
  typeof failingCheck === 'string' ? name === failingCheck : failingCheck.test(name);

describe.each(brokenServers)('a server that $does', (broken) => {
  test(`fails the ${broken.group} group with the check about it`, async () => {
    running.sandbox = await startTestSandbox();
    const credentials = JSON.parse(readFileSync(running.sandbox.credentialsFile, 'utf8'));
    running.proxy = await startFaultyProxy(running.sandbox.sandbox.url, broken.fault(credentials));
    const port = await freePort();
    const report = await runConformance({
      baseUrl: running.proxy.url,
      credentials: readCredentials(running.sandbox.credentialsFile),
      only: [broken.group],
      webhookReceiver: { url: `http://127.0.0.1:${port}/hooks`, listen: { host: '127.0.0.1', port } },
    });
    const failed = report.results.filter((result: CheckResult) => result.outcome === 'failed');
    const named = failed.find((result) => matches(result.name, broken.failingCheck));
    expect(named, `failed: ${failed.map((result) => result.name).join(' | ') || 'nothing'}`).toBeDefined();
    expect(named?.expected).toBeTruthy();
    expect(named?.received).toBeTruthy();
  });
});
