/**
 * `createRouteTransport` makes its attempts with plain fetch instead of ky: the retries, timeouts,
 * idempotency keys and typed errors it shares with `createTransport`, against the sandbox's faults.
 */
import { createServer } from 'node:net';
import * as routes from '@victim-referral/schemas/routes';
import { describe, expect, test } from 'vitest';
import {
  createRouteTransport,
  type ReferralClientOptions,
  ReferralNetworkError,
  ReferralRateLimitError,
  ReferralTimeoutError,
  ReferralValidationError,
} from '../src/index.js';
import { admin, alpha, marker, outboxWith, referralBody, sandbox } from './support.js';

function routeTransport(options: Partial<ReferralClientOptions> = {}) {
  const attempts: Request[] = [];
  const transport = createRouteTransport({
    baseUrl: sandbox.url,
    auth: { token: alpha.contactToken },
    fetch: (input, init) => {
      const request = new Request(input, init);
      attempts.push(request.clone());
      return globalThis.fetch(request);
    },
    ...options,
  });
  return { transport, attempts };
}

describe('createRouteTransport: attempts with fetch, retries shared with createTransport', () => {
  test('a read retried through two 500s succeeds on the third attempt, with the credential each time', async () => {
    const { transport, attempts } = routeTransport();
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 2,
      action: { kind: 'error', status: 500 },
    });
    expect((await transport(routes.getTaxonomy)).vocabularies).toBeDefined();
    expect(attempts).toHaveLength(3);
    for (const attempt of attempts) expect(attempt.headers.get('authorization')).toBe(`Bearer ${alpha.contactToken}`);
  });

  test('a create retried through 503s carries one Idempotency-Key and makes one referral', async () => {
    const { transport, attempts } = routeTransport();
    const summary = marker('route transport 503 then created');
    await admin.admin.armFaults({
      method: 'POST',
      pathPrefix: '/v1/referrals',
      count: 2,
      action: { kind: 'error', status: 503 },
    });
    const created = await transport(routes.createReferral, { body: referralBody(summary) });
    expect(new Set(attempts.map((attempt) => attempt.headers.get('idempotency-key'))).size).toBe(1);
    expect(attempts).toHaveLength(3);
    expect((await outboxWith(summary)).map((referral) => referral.id)).toEqual([created.id]);
  });

  test('the query is written as the contract’s strings and the problem body gives the field’s path', async () => {
    const { transport, attempts } = routeTransport();
    const page = await transport(routes.listServices, {
      query: { country: alpha.country, freeOfCharge: true, limit: 2 },
    });
    expect(page.items.length).toBeLessThanOrEqual(2);
    expect(new URL(attempts[0]?.url ?? '').search).toBe(`?country=${alpha.country}&freeOfCharge=true&limit=2`);
    const error = await transport(routes.listServices, { query: { limit: 1000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralValidationError);
    expect((error as ReferralValidationError).fieldErrors[0]).toMatchObject({ path: '/limit' });
  });

  test('a Retry-After longer than the longest wait throws ReferralRateLimitError at once', async () => {
    const { transport, attempts } = routeTransport({ retry: { maxDelayMs: 1_000 } });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'error', status: 429, retryAfterSeconds: 30 },
    });
    const error = await transport(routes.getTaxonomy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralRateLimitError);
    expect(error).toMatchObject({ retryAfter: 30 });
    expect(attempts).toHaveLength(1);
  });

  test('a slow answer times out, and a timed-out attempt is retried', async () => {
    const once = routeTransport({ timeoutMs: 200, retry: false });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'delay', ms: 1500 },
    });
    const error = await once.transport(routes.getTaxonomy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralTimeoutError);
    expect(error).toMatchObject({ status: 0, code: 'timeout' });

    const retried = routeTransport({ timeoutMs: 1_500 });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'delay', ms: 3_000 },
    });
    expect((await retried.transport(routes.getTaxonomy)).vocabularies).toBeDefined();
    expect(retried.attempts).toHaveLength(2);
  });

  test('a refused connection is a ReferralNetworkError after the retries; an aborted call rejects with the reason', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = routeTransport({ baseUrl: `http://127.0.0.1:${port}`, retry: { baseDelayMs: 1 } });
    const error = await refused.transport(routes.getTaxonomy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNetworkError);
    expect(error).toMatchObject({ status: 0, code: 'network-error' });
    expect(refused.attempts).toHaveLength(3);

    const { transport, attempts } = routeTransport();
    const reason = new Error('user navigated away');
    await expect(transport(routes.getTaxonomy, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(attempts).toHaveLength(0);
  });
});
