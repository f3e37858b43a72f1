/**
 * Retries, timeouts, idempotency and cancellation against the sandbox's fault injection. The
 * `fetch` given to the client is the real one, only counting what goes out.
 */
import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import {
  ReferralNetworkError,
  ReferralRateLimitError,
  ReferralResponseValidationError,
  ReferralServerError,
  ReferralTimeoutError,
} from '../src/index.js';
import { admin, alpha, clientWith, marker, outboxWith, referralBody, sandbox } from './support.js';

interface Attempt {
  method: string;
  path: string;
  idempotencyKey: string | null;
}

/** The real fetch, recording each HTTP request the client sends. */
function countingFetch() {
  const attempts: Attempt[] = [];
  const answered = { count: 0 };
  const fetch = (input: Request | URL | string, init?: RequestInit) => {
    const request = new Request(input, init);
    // fetch sends nothing for an already aborted request.
    if (request.signal.aborted) return globalThis.fetch(request);
    attempts.push({
      method: request.method,
      path: new URL(request.url).pathname,
      idempotencyKey: request.headers.get('idempotency-key'),
    });
    return globalThis.fetch(request).then((response) => {
      answered.count++;
      return response;
    });
  };
  return { attempts, answered, fetch };
}

function contactClient(options: Parameters<typeof clientWith>[1] = {}) {
  const counter = countingFetch();
  const client = clientWith({ token: alpha.contactToken }, { fetch: counter.fetch, ...options });
  return { client, attempts: counter.attempts, answered: counter.answered };
}

describe('retries', () => {
  test('a read retried through two 500s succeeds on the third attempt', async () => {
    const { client, attempts } = contactClient();
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/organisations',
      count: 2,
      action: { kind: 'error', status: 500 },
    });
    const page = await client.organisations.list();
    expect(page.items.length).toBeGreaterThan(0);
    expect(attempts).toHaveLength(3);
  });

  test('a create retried through 503s carries the same Idempotency-Key and makes one referral', async () => {
    const { client, attempts } = contactClient();
    const summary = marker('503 then created');
    await admin.admin.armFaults({
      method: 'POST',
      pathPrefix: '/v1/referrals',
      count: 2,
      action: { kind: 'error', status: 503 },
    });
    const created = await client.referrals.create(referralBody(summary));
    // Before the create, the client reads the receiver's published keys (none here: it sends in clear).
    const posts = attempts.filter((attempt) => attempt.method === 'POST');
    expect(posts).toHaveLength(3);
    const keys = new Set(posts.map((attempt) => attempt.idempotencyKey));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await outboxWith(summary)).map((referral) => referral.id)).toEqual([created.id]);
  });

  test('a create whose answer is lost after the server made it is retried into exactly one referral', async () => {
    const { client, attempts } = contactClient();
    const summary = marker('dropped');
    await admin.admin.armFaults({
      method: 'POST',
      pathPrefix: '/v1/referrals',
      count: 1,
      action: { kind: 'drop-after-response' },
    });
    const created = await client.referrals.create(referralBody(summary), {
      idempotencyKey: `retry-${crypto.randomUUID()}`,
    });
    const posts = attempts.filter((attempt) => attempt.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBe(posts[1]?.idempotencyKey);
    const found = await outboxWith(summary);
    expect(found.map((referral) => referral.id)).toEqual([created.id]);
  });

  test('a 429 with Retry-After is waited out, then the call succeeds', async () => {
    const { client, attempts } = contactClient();
    await admin.admin.armFaults({
      pathPrefix: '/v1/services',
      count: 1,
      action: { kind: 'error', status: 429, retryAfterSeconds: 1 },
    });
    const page = await client.services.search({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(attempts).toHaveLength(2);
  });

  test('a Retry-After longer than the longest wait throws ReferralRateLimitError at once', async () => {
    const { client, attempts } = contactClient();
    await admin.admin.armFaults({
      pathPrefix: '/v1/services',
      count: 1,
      action: { kind: 'error', status: 429, retryAfterSeconds: 3600 },
    });
    const error = await client.services.search({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralRateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate-limited', retryAfter: 3600 });
    expect(attempts).toHaveLength(1);
  });

  test('retries are bounded: past the limit the ReferralServerError is thrown', async () => {
    const { client, attempts } = contactClient({ retry: { limit: 1, baseDelayMs: 10 } });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 2,
      action: { kind: 'error', status: 500 },
    });
    const error = await client.protocol.taxonomy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralServerError);
    expect(error).toMatchObject({ status: 500 });
    expect(attempts).toHaveLength(2);
  });

  test('writes without an idempotency key and clients with retry off are never retried', async () => {
    const { client, attempts } = contactClient();
    const draft = await client.referrals.create(referralBody(marker('no retry'), { status: 'draft' }));
    await admin.admin.armFaults({
      method: 'PATCH',
      pathPrefix: `/v1/referrals/${draft.id}`,
      count: 1,
      action: { kind: 'error', status: 500 },
    });
    await expect(client.referrals.update(draft.id, { priority: 'urgent' })).rejects.toBeInstanceOf(ReferralServerError);
    expect(attempts.filter((attempt) => attempt.method === 'PATCH')).toHaveLength(1);
    expect((await client.referrals.get(draft.id)).priority).toBe('routine');

    const off = contactClient({ retry: false });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'error', status: 503 },
    });
    await expect(off.client.protocol.taxonomy()).rejects.toBeInstanceOf(ReferralServerError);
    expect(off.attempts).toHaveLength(1);
  });
});

describe('timeouts and network failures', () => {
  test('an answer slower than the timeout is a ReferralTimeoutError (status 0)', async () => {
    const { client } = contactClient({ timeoutMs: 200, retry: false });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'delay', ms: 1500 },
    });
    const error = await client.protocol.taxonomy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralTimeoutError);
    expect(error).toBeInstanceOf(ReferralNetworkError);
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
  });

  test('a timed-out attempt is retried', async () => {
    // The timeout leaves the retry ample time: on a loaded machine a 300 ms budget made the
    // healthy second attempt time out too, and a third attempt went out.
    const { client, attempts } = contactClient({ timeoutMs: 1_500 });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'delay', ms: 3_000 },
    });
    const taxonomy = await client.protocol.taxonomy();
    expect(taxonomy.vocabularies).toBeDefined();
    expect(attempts).toHaveLength(2);
  });

  test('a refused connection is a ReferralNetworkError after the retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const counter = countingFetch();
    const client = clientWith(
      { token: alpha.contactToken },
      { baseUrl: `http://127.0.0.1:${port}`, fetch: counter.fetch },
    );
    const error = await client.protocol.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNetworkError);
    expect(error).not.toBeInstanceOf(ReferralTimeoutError);
    expect(error).toMatchObject({ status: 0, code: 'network-error' });
    expect((error as ReferralNetworkError).cause).toBeInstanceOf(Error);
    expect(counter.attempts).toHaveLength(3);
  });
});

describe('cancellation', () => {
  test('an AbortSignal cancels during a backoff wait, with the signal’s reason', async () => {
    // A Retry-After wait is exact; a computed backoff is jittered and may be short enough for the
    // retry to go out before the abort.
    const { client, attempts, answered } = contactClient({ retry: { maxDelayMs: 10_000 } });
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'error', status: 503, retryAfterSeconds: 5 },
    });
    const controller = new AbortController();
    const call = client.protocol.taxonomy({ signal: controller.signal });
    // Aborted once the 503 has come back, so the wait is under way (and the fault used up).
    await expect.poll(() => answered.count).toBe(1);
    const reason = new Error('user navigated away');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
    expect(attempts).toHaveLength(1);
  });

  test('an already aborted signal sends nothing', async () => {
    const { client, attempts } = contactClient();
    const error = await client.protocol.info({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(attempts).toHaveLength(0);
  });
});

describe('credentials', () => {
  test('a token provider is called for every request, retries included', async () => {
    let calls = 0;
    const counter = countingFetch();
    const client = clientWith(
      {
        token: async () => {
          calls++;
          return alpha.contactToken;
        },
      },
      { fetch: counter.fetch },
    );
    await client.organisations.get(alpha.id);
    await client.referrals.list({ box: 'outbox', limit: 1 });
    expect(calls).toBe(2);
    await admin.admin.armFaults({
      method: 'GET',
      pathPrefix: '/v1/taxonomy',
      count: 1,
      action: { kind: 'error', status: 500 },
    });
    await client.protocol.taxonomy();
    expect(calls).toBe(4);
    expect(counter.attempts).toHaveLength(4);
  });
});

describe('response validation', () => {
  /** The real server's answer to another endpoint than the one the client asked for. */
  const answerFromProtocolInfo = (input: Request | URL | string, init?: RequestInit) => {
    const request = new Request(input, init);
    return globalThis.fetch(new Request(request.url.replace('/v1/taxonomy', '/v1'), request));
  };

  test('a body the contract does not allow is a ReferralResponseValidationError with its JSON pointer', async () => {
    const client = clientWith({ publishableKey: alpha.publishableKey }, { fetch: answerFromProtocolInfo });
    const error = await client.protocol.taxonomy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralResponseValidationError);
    expect(error).toMatchObject({ status: 200, code: 'invalid-response', path: '/vocabularies' });
  });

  test('validateResponses: false hands the body over as it came', async () => {
    const client = clientWith(
      { publishableKey: alpha.publishableKey },
      { fetch: answerFromProtocolInfo, validateResponses: false },
    );
    expect(await client.protocol.taxonomy()).toMatchObject({ protocol: 'victim-referral' });
  });

  test('a client on another base path reaches the same server', async () => {
    const client = clientWith({ publishableKey: alpha.publishableKey }, { baseUrl: `${sandbox.url}/` });
    expect(await client.protocol.info()).toMatchObject({ version: '1.1' });
  });
});
