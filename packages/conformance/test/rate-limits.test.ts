/** A rate limit is the server's right: the kit waits out a short `Retry-After` instead of failing. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readCredentials, runConformance } from '../src/index.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';

let sandbox: TestSandbox;
beforeAll(async () => {
  // Two creates a second and a half: the idempotency group makes more.
  sandbox = await startTestSandbox({ rateLimit: { createLimit: 2, windowMs: 1_500 } });
});
afterAll(() => sandbox?.close());

test('a run that meets the rate limit waits it out and passes', async () => {
  const report = await runConformance({
    baseUrl: sandbox.sandbox.url,
    credentials: readCredentials(sandbox.credentialsFile),
    only: ['idempotency'],
  });
  expect(report.results.filter((result) => result.outcome !== 'passed')).toEqual([]);
  expect(report.rateLimitWaitMs).toBeGreaterThan(0);
});
