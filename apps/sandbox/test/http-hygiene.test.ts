/**
 * What every answer says about itself: answers that can hold victim data are never cached, nothing
 * is sniffed, and requests Node's parser or a vanishing client break still end cleanly.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();
afterEach(() => vi.restoreAllMocks());

/** Sends `raw` bytes over a new connection and resolves with everything the server answered. */
function rawExchange(raw: string): Promise<string> {
  const { hostname, port } = new URL(t.sandbox.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(raw));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('caching', () => {
  it('forbids storing any answer about a referral, its messages or its events, errors included', async () => {
    const token = t.org(40).contactToken;
    const created = await t.request('POST', '/v1/referrals', {
      token,
      body: referralBody({ receivingOrganisationId: t.org(41).id }),
    });
    const id = created.body.id;
    const replies = [
      created,
      await t.request('GET', '/v1/referrals', { token }),
      await t.request('GET', `/v1/referrals/${id}`, { token }),
      await t.request('POST', `/v1/referrals/${id}/messages`, { token, body: { body: 'Hello' } }),
      await t.request('GET', `/v1/referrals/${id}/messages`, { token }),
      await t.request('GET', `/v1/referrals/${id}/events`, { token }),
      await t.request('GET', '/v1/webhooks', { token }),
      await t.request('GET', `/v1/referrals/${id}`, { token: t.org(42).contactToken }),
      await t.request('GET', '/v1/nowhere'),
    ];
    expect(replies.map((reply) => reply.headers.get('cache-control'))).toEqual(replies.map(() => 'no-store'));
  });

  it('lets the public directory be cached, and says nosniff everywhere', async () => {
    const token = t.org(40).publishableKey;
    const directory = await t.request('GET', '/v1/services?limit=1', { token });
    expect(directory.headers.get('cache-control')).toBeNull();
    for (const reply of [directory, await t.request('GET', '/v1/openapi.json'), await t.request('GET', '/v1/x')]) {
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe("requests Node's parser refuses", () => {
  it('answers headers too large with a 431 problem', async () => {
    const answer = await rawExchange(`GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(problemOf(answer)).toMatchObject({ status: 431, code: 'headers-too-large' });
  });

  it('answers a request that is not HTTP with a 400 problem', async () => {
    const answer = await rawExchange('HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(problemOf(answer)).toMatchObject({ status: 400, code: 'malformed-request' });
  });
});

describe('an upload the client abandons', () => {
  it('is no server error and leaves no stack in the log', async () => {
    const errors = vi.spyOn(console, 'error');
    const { hostname, port } = new URL(t.sandbox.url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(
      `POST /v1/referrals HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.org(40).contactToken}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"status":"sent","needs":',
    );
    // The server starts reading the body before the client goes away.
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    // The server is still well, and has noticed the abandoned request by the time it answers the next one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await t.request('GET', '/v1')).status).toBe(200);
    expect(errors).not.toHaveBeenCalled();
  });
});
