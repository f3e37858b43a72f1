/** Webhooks are not a way into the network: where a subscription may point, on subscribing and on delivery. */
import type { LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call, referralBody, useSandbox } from './support/sandbox.js';

const strict = useSandbox();
const subscribe = (url: string, sandbox = strict.sandbox, organisation = 50) =>
  call(sandbox.url, 'POST', '/v1/webhooks', {
    token: sandbox.credentials.organisations[organisation]?.contactToken,
    body: { url, events: ['referral.received'] },
  });

describe('subscribing', () => {
  it.each([
    ['plain http', 'http://hooks.example.org/in'],
    ['loopback', 'https://127.0.0.1/in'],
    ['loopback by name', 'https://localhost./in'],
    ['loopback in IPv6', 'https://[::1]/in'],
    ['loopback as a decimal number', 'https://2130706433/in'],
    ['loopback in hex', 'https://0x7f.0.0.1/in'],
    ['loopback in octal', 'https://0177.0.0.1/in'],
    ['loopback mapped into IPv6', 'https://[::ffff:127.0.0.1]/in'],
    ['a private network', 'https://10.20.30.40/in'],
    ['another private network', 'https://192.168.1.10/in'],
    ['link-local', 'https://[fe80::1]/in'],
    ['multicast', 'https://224.0.0.251/in'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data/'],
    ['a URL of more than 2,048 characters', `https://hooks.example.org/${'a'.repeat(2_030)}`],
  ])('refuses %s with a 422 at /url', async (_, url) => {
    const reply = await subscribe(url);
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: '/url', code: 'refused-target' })]);
  });

  it('takes a public https URL, up to 25 per organisation', async () => {
    for (let n = 0; n < 25; n++)
      expect((await subscribe(`https://hooks.example.org/${n}`, strict.sandbox, 51)).status).toBe(201);
    const over = await subscribe('https://hooks.example.org/25', strict.sandbox, 51);
    expect(over.status).toBe(409);
    expect(over.body.detail).toMatch(/at most 25/);
  });
});

describe('in local development (allowPrivateWebhooks)', () => {
  const local = useSandbox({ allowPrivateWebhooks: true });

  it('takes loopback and private targets over http, but never the metadata address', async () => {
    expect((await subscribe('http://127.0.0.1:9/in', local.sandbox)).status).toBe(201);
    expect((await subscribe('http://10.0.0.5/in', local.sandbox)).status).toBe(201);
    expect((await subscribe('http://169.254.169.254/latest/', local.sandbox)).status).toBe(422);
    expect((await subscribe('http://[::ffff:a9fe:a9fe]/latest/', local.sandbox)).status).toBe(422);
  });
});

describe('delivering', () => {
  // A name that passes on subscribing and resolves to this machine when the delivery connects.
  let listener: Server;
  let port = 0;
  const connections: string[] = [];
  const lookups: string[] = [];
  const resolveToLoopback = ((hostname: string, _options: unknown, callback: (e: null, a: LookupAddress[]) => void) => {
    lookups.push(hostname);
    callback(null, [{ address: '127.0.0.1', family: 4 }]);
  }) as never;

  beforeAll(async () => {
    listener = createServer((socket) => {
      connections.push(socket.remoteAddress ?? '');
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

  async function deliverOnce(allowPrivateWebhooks: boolean): Promise<void> {
    const sandbox: Sandbox = await startSandbox({
      allowPrivateWebhooks,
      seed: { services: 10, encryptionKeys: false },
      webhooks: { maxAttempts: 1, timeoutMs: 1_000, resolve: resolveToLoopback },
    });
    try {
      const [referrer, receiver] = sandbox.credentials.organisations;
      const scheme = allowPrivateWebhooks ? 'http' : 'https';
      const subscribed = await subscribe(`${scheme}://rebinding.example.org:${port}/in`, sandbox, 1);
      expect(subscribed.status).toBe(201);
      const lookupsBefore = lookups.length;
      await call(sandbox.url, 'POST', '/v1/referrals', {
        token: referrer?.contactToken,
        body: referralBody({ receivingOrganisationId: receiver?.id }),
      });
      while (lookups.length === lookupsBefore) await new Promise((resolve) => setTimeout(resolve, 10));
      // A connection, if the address were let through, follows the lookup's answer at once.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await sandbox.close();
    }
  }

  it('checks the address a name resolves to when connecting, and refuses a forbidden one', async () => {
    await deliverOnce(false);
    expect(lookups).toContain('rebinding.example.org');
    expect(connections).toEqual([]);
    // The same delivery in local development does connect: the check above could have seen it.
    await deliverOnce(true);
    expect(connections).toHaveLength(1);
  });
});
