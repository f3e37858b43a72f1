import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { call, referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox({ faults: true });

const arm = (rule: object) => t.request('POST', '/v1/sandbox/faults', { token: t.admin, body: rule });

describe('fault injection', () => {
  it('answers the next matching requests with the armed error', async () => {
    const armed = await arm({
      method: 'GET',
      pathPrefix: '/v1/organisations',
      count: 2,
      action: { kind: 'error', status: 503 },
    });
    expect(armed.status).toBe(201);
    expect(armed.body.remaining).toBe(2);
    const token = t.org(0).publishableKey;
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await t.request('GET', '/v1/organisations?limit=1', { token }));
    expect(replies.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(replies[0]?.body.code).toBe('unavailable');
    expect(replies[0]?.headers.get('content-type')).toBe('application/problem+json');
  });

  it('sends Retry-After with an injected 429', async () => {
    await arm({ pathPrefix: '/v1/services', count: 1, action: { kind: 'error', status: 429, retryAfterSeconds: 7 } });
    const reply = await t.request('GET', '/v1/services?limit=1', { token: t.admin });
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect((await t.request('GET', '/v1/services?limit=1', { token: t.admin })).status).toBe(200);
  });

  it('delays matching requests and then answers them', async () => {
    await arm({ method: 'GET', pathPrefix: '/v1/taxonomy', count: 1, action: { kind: 'delay', ms: 50 } });
    expect((await t.request('GET', '/v1/taxonomy')).status).toBe(200);
  });

  it('drops the connection after doing the work; a retry with the same key gets the same record', async () => {
    await arm({ method: 'POST', pathPrefix: '/v1/referrals', count: 1, action: { kind: 'drop-after-response' } });
    const body = referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'Lost response case' });
    const options = { token: t.org(0).contactToken, body, headers: { 'Idempotency-Key': 'lost-response-1' } };
    await expect(t.request('POST', '/v1/referrals', options)).rejects.toThrow();
    const retried = await t.request('POST', '/v1/referrals', options);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const outbox = await t.request('GET', '/v1/referrals?box=outbox&limit=100', { token: t.org(0).contactToken });
    expect(
      outbox.body.items.filter((r: { caseSummary: string }) => r.caseSummary === 'Lost response case'),
    ).toHaveLength(1);
  });

  it('validates the rule', async () => {
    const reply = await arm({ pathPrefix: '/elsewhere', count: 0, action: { kind: 'explode' } });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('validation-failed');
  });

  it('does not exist without --faults', async () => {
    const plain = await startSandbox();
    try {
      const reply = await call(plain.url, 'POST', '/v1/sandbox/faults', {
        token: plain.credentials.adminToken,
        body: { pathPrefix: '/v1', count: 1, action: { kind: 'delay', ms: 1 } },
      });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('not-found');
    } finally {
      await plain.close();
    }
  });
});
