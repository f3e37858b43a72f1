/** Every bad input answers application/problem+json with a stable code; never HTML or a stack trace. */
import { ProblemDetails } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { type Reply, referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();

function expectProblem(reply: Reply, status: number, code: string) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  const problem = ProblemDetails.parse(reply.body);
  expect(problem).toMatchObject({ status, code });
  expect(problem.requestId).toBe(reply.headers.get('x-request-id'));
  expect(JSON.stringify(problem)).not.toMatch(/at .+\.(ts|js):\d+/);
  return problem;
}

describe('bad bodies', () => {
  const post = (options: Parameters<typeof t.request>[2]) =>
    t.request('POST', '/v1/referrals', { token: t.org(0).contactToken, ...options });

  it('malformed JSON → 400 malformed-json', async () => {
    expectProblem(
      await post({ rawBody: '{"status": "sent",', headers: { 'Content-Type': 'application/json' } }),
      400,
      'malformed-json',
    );
  });

  it('an empty body → 400 malformed-json', async () => {
    expectProblem(await post({ rawBody: '', headers: { 'Content-Type': 'application/json' } }), 400, 'malformed-json');
  });

  it('another content type → 415', async () => {
    expectProblem(
      await post({ rawBody: 'status=sent', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
      415,
      'unsupported-media-type',
    );
    expectProblem(await post({ rawBody: '{}' }), 415, 'unsupported-media-type');
  });

  it('unknown fields → 400 validation-failed pointing at them', async () => {
    const body = { ...referralBody({ receivingOrganisationId: t.org(1).id }), colour: 'blue' };
    const problem = expectProblem(await post({ body }), 400, 'validation-failed');
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: '/colour' }));
  });

  it('wrong types → 400 validation-failed with JSON pointers', async () => {
    const body = {
      ...referralBody({ receivingOrganisationId: t.org(1).id }),
      priority: 3,
      victim: { name: 'A', languages: 'pl' },
    };
    const problem = expectProblem(await post({ body }), 400, 'validation-failed');
    const paths = problem.errors?.map((e) => e.path);
    expect(paths).toContain('/priority');
    expect(paths).toContain('/victim/languages');
  });

  it('a body over 256 KiB → 413', async () => {
    const body = referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'x'.repeat(300 * 1024) });
    expectProblem(await post({ body }), 413, 'payload-too-large');
  });
});

describe('bad routes and queries', () => {
  it('an unknown route → 404', async () => {
    expectProblem(await t.request('GET', '/v1/nothing/here'), 404, 'not-found');
    expectProblem(await t.request('GET', '/index.html'), 404, 'not-found');
  });

  it('a wrong method → 405 with Allow', async () => {
    const reply = await t.request('DELETE', '/v1/organisations', { token: t.admin });
    expectProblem(reply, 405, 'method-not-allowed');
    expect(reply.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('a bad cursor → 400 invalid-cursor, also one from another list', async () => {
    const token = t.org(0).publishableKey;
    expectProblem(await t.request('GET', '/v1/services?cursor=not-a-cursor', { token }), 400, 'invalid-cursor');
    const organisations = await t.request('GET', '/v1/organisations?limit=1', { token });
    const foreign = organisations.body.nextCursor;
    expectProblem(await t.request('GET', `/v1/services?cursor=${foreign}`, { token }), 400, 'invalid-cursor');
    const near = await t.request('GET', '/v1/services?near=38.7,-9.1&limit=1', { token });
    expectProblem(
      await t.request('GET', `/v1/services?cursor=${near.body.nextCursor}`, { token }),
      400,
      'invalid-cursor',
    );
  });

  it.each([
    ['limit=0', '/limit'],
    ['limit=101', '/limit'],
    ['limit=ten', '/limit'],
    ['freeOfCharge=maybe', '/freeOfCharge'],
    ['openNow=yes', '/openNow'],
    ['near=lisbon', '/near'],
    ['country=pt', '/country'],
    ['victimType=burglary', '/victimType'],
    ['radiusKm=-3&near=38.7,-9.1', '/radiusKm'],
    ['radiusKm=10', '/radiusKm'],
    ['colour=blue', '/colour'],
    ['limit=5&limit=6', '/limit'],
  ])('bad query %s → 400 at %s', async (query, path) => {
    const reply = await t.request('GET', `/v1/services?${query}`, { token: t.org(0).publishableKey });
    const problem = expectProblem(reply, 400, 'validation-failed');
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it('a malformed id → 400 validation-failed', async () => {
    const reply = await t.request('GET', '/v1/referrals/not-a-uuid', { token: t.org(0).contactToken });
    expect(expectProblem(reply, 400, 'validation-failed').errors?.[0]?.path).toBe('/id');
  });

  it('an unknown id → 404', async () => {
    const reply = await t.request('GET', '/v1/services/00000000-0000-4000-8000-000000000000', { token: t.admin });
    expectProblem(reply, 404, 'not-found');
  });
});
