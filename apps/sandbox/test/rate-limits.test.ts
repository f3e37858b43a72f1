/**
 * Rate limits that cannot be turned against victims: buckets per credential and client address,
 * creates on a budget of their own, and failed authentication throttled per address. Requests come
 * from different loopback addresses (127.0.0.x) to stand for different clients.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox({ rateLimit: { limit: 3, createLimit: 2, authFailureLimit: 3, windowMs: 60_000 } });

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { code?: string; errors?: { path: string }[] };
}

/** One request from the local address `from`. */
function callFrom(from: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  const { hostname, port } = new URL(t.sandbox.url);
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        host: hostname,
        port,
        method,
        path,
        localAddress: from,
        headers: {
          ...(token && { Authorization: `Bearer ${token}` }),
          ...(text && { 'Content-Type': 'application/json' }),
        },
      },
      (response) => {
        let data = '';
        response.on('data', (chunk) => {
          data += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: data ? JSON.parse(data) : {},
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(text);
  });
}

describe('rate limits', () => {
  it('keep one client from locking a key out for everyone else, and leave creates their own budget', async () => {
    const key = t.org(60).publishableKey;
    const search = (from: string) => callFrom(from, 'GET', '/v1/services?limit=1', key);
    const create = (from: string) => callFrom(from, 'POST', '/v1/referrals', key, referralBody());
    for (let n = 0; n < 3; n++) expect((await search('127.0.0.11')).status).toBe(200);
    const limited = await search('127.0.0.11');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate-limited');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // Another client of the same key searches on.
    expect((await search('127.0.0.12')).status).toBe(200);
    // The searches spent nothing of the creates' budget: a victim can still ask for help.
    expect((await create('127.0.0.11')).status).toBe(201);
    expect((await create('127.0.0.11')).status).toBe(201);
    expect((await create('127.0.0.11')).status).toBe(429);
  });

  it('hold for contact tokens too', async () => {
    const token = t.org(61).contactToken;
    for (let n = 0; n < 3; n++) expect((await callFrom('127.0.0.13', 'GET', '/v1/referrals', token)).status).toBe(200);
    expect((await callFrom('127.0.0.13', 'GET', '/v1/referrals', token)).status).toBe(429);
  });

  it('refuse an address that keeps failing to authenticate, even with a good credential', async () => {
    for (let n = 0; n < 3; n++) {
      expect((await callFrom('127.0.0.14', 'GET', '/v1/referrals', `ct_guess${n}`)).status).toBe(401);
    }
    const refused = await callFrom('127.0.0.14', 'GET', '/v1/referrals', t.org(62).contactToken);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await callFrom('127.0.0.15', 'GET', '/v1/referrals', t.org(62).contactToken)).status).toBe(200);
  });
});

// With the admin token, which has no rate limit.
describe('numbers in the query', () => {
  it.each(['0x10', '1e1', '%205', '5%20', '+5', '-1', '1.5'])(
    'refuses limit=%s with a 400 at /limit',
    async (value) => {
      const reply = await t.request('GET', `/v1/services?limit=${value}`, { token: t.admin });
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([expect.objectContaining({ path: '/limit' })]);
    },
  );

  it('reads plain digits, and a decimal radius', async () => {
    const token = t.admin;
    expect((await t.request('GET', '/v1/services?limit=16', { token })).body.items).toHaveLength(16);
    expect((await t.request('GET', '/v1/services?near=38.72,-9.14&radiusKm=12.5', { token })).status).toBe(200);
    expect((await t.request('GET', '/v1/services?near=38.72,-9.14&radiusKm=1e3', { token })).status).toBe(400);
  });
});
