import { describe, expect, it } from 'vitest';
import { useSandbox } from './support/sandbox.js';

const t = useSandbox();

describe('CORS for browser widgets', () => {
  it('grants a preflight to a local development origin', async () => {
    const reply = await t.request('OPTIONS', '/v1/referrals', {
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(reply.headers.get('access-control-allow-methods')).toContain('POST');
    expect(reply.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(reply.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('grants nothing to an unknown origin', async () => {
    const reply = await t.request('OPTIONS', '/v1/services', {
      headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes the request id and Retry-After to allowed origins', async () => {
    const reply = await t.request('GET', '/v1/services?limit=1', {
      token: t.org(5).publishableKey,
      headers: { Origin: 'http://127.0.0.1:8080' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(reply.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(reply.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it("allows a key from its member's own site, and refuses it elsewhere", async () => {
    const organisation = await t.request('GET', `/v1/organisations/${t.org(6).id}`, { token: t.admin });
    const site = new URL(organisation.body.website).origin;
    const own = await t.request('GET', '/v1/organisations?limit=1', {
      token: t.org(6).publishableKey,
      headers: { Origin: site },
    });
    expect(own.headers.get('access-control-allow-origin')).toBe(site);
    const elsewhere = await t.request('GET', '/v1/organisations?limit=1', {
      token: t.org(6).publishableKey,
      headers: { Origin: 'https://attacker.example' },
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});
