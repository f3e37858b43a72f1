import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReferralNotFoundError } from '../src/index.js';
import { verifyWebhook, WebhookVerificationError, webhookSignatureHeader } from '../src/webhooks.js';
import { alphaContact, beta, betaContact, marker, referralBody } from './support.js';

describe('messages', () => {
  test('both organisations post, list and page through the case discussion', async () => {
    const { id } = await alphaContact.referrals.create(referralBody(marker('messages')));
    const question = await alphaContact.messages.create(id, { body: 'Can you call her after 18:00?' });
    const answer = await betaContact.messages.create(
      id,
      { body: 'Yes, tomorrow.' },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(answer).toMatchObject({ referralId: id, authorOrganisationId: beta.id, body: 'Yes, tomorrow.' });

    const page = await betaContact.messages.list(id);
    expect(page.items.map((message) => message.id)).toEqual([question.id, answer.id]);

    const all = [];
    for await (const message of alphaContact.messages.listAll(id, { limit: 1 })) all.push(message.body);
    expect(all).toEqual(['Can you call her after 18:00?', 'Yes, tomorrow.']);
  });
});

interface Delivery {
  body: string;
  signature: string | undefined;
}

/** A member backend's webhook endpoint: records every delivery it receives. */
function startReceiver() {
  const deliveries: Delivery[] = [];
  const waiting: Array<(delivery: Delivery) => void> = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const header = request.headers[webhookSignatureHeader.toLowerCase()];
    const delivery = {
      body: Buffer.concat(chunks).toString('utf8'),
      signature: typeof header === 'string' ? header : undefined,
    };
    deliveries.push(delivery);
    for (const resolve of waiting.splice(0)) resolve(delivery);
    response.writeHead(204).end();
  });
  return {
    server,
    deliveries,
    /** The next delivery whose body satisfies `match`. */
    next(match: (delivery: Delivery) => boolean): Promise<Delivery> {
      const found = deliveries.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const check = (delivery: Delivery) => (match(delivery) ? resolve(delivery) : waiting.push(check));
        waiting.push(check);
      });
    },
  };
}

describe('webhooks', () => {
  const receiver = startReceiver();
  let url = '';

  beforeAll(async () => {
    receiver.server.listen(0, '127.0.0.1');
    await once(receiver.server, 'listening');
    url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.server.close(() => resolve())));

  test('create, list, listAll and delete subscriptions', async () => {
    const first = await betaContact.webhooks.create({ url: `${url}/one`, events: ['referral.received'] });
    const second = await betaContact.webhooks.create({ url: `${url}/two`, events: ['referral.transitioned'] });
    expect(first.secret).toMatch(/^whsec_/);

    const { items } = await betaContact.webhooks.list({ limit: 100 });
    expect(items.map((subscription) => subscription.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(items.some((subscription) => 'secret' in subscription)).toBe(false);
    const all = [];
    for await (const subscription of betaContact.webhooks.listAll({ limit: 1 })) all.push(subscription.id);
    expect(all).toEqual(expect.arrayContaining([first.id, second.id]));

    await betaContact.webhooks.delete(first.id);
    await betaContact.webhooks.delete(second.id);
    const error = await betaContact.webhooks.delete(first.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNotFoundError);
  });

  test('a real delivery verifies; a tampered, stale or unsigned one does not', async () => {
    const subscription = await betaContact.webhooks.create({ url, events: ['referral.received'] });
    const referral = await alphaContact.referrals.create(referralBody(marker('webhook')));
    const delivery = await receiver.next((d) => d.body.includes(referral.id));

    const event = await verifyWebhook(delivery.body, delivery.signature, subscription.secret);
    expect(event).toMatchObject({
      type: 'referral.received',
      organisationId: beta.id,
      data: { referralId: referral.id },
    });
    expect(JSON.stringify(event)).not.toContain(referral.caseSummary ?? 'never');

    const bytes = new TextEncoder().encode(delivery.body);
    expect((await verifyWebhook(bytes, delivery.signature, subscription.secret)).id).toBe(event.id);

    const failures = await Promise.all(
      [
        verifyWebhook(
          delivery.body.replace('referral.received', 'referral.transitioned'),
          delivery.signature,
          subscription.secret,
        ),
        verifyWebhook(delivery.body, delivery.signature, 'whsec_not-the-secret-at-all-0000000000'),
        verifyWebhook(delivery.body, delivery.signature, subscription.secret, {
          now: new Date(Date.now() + 3_600_000),
        }),
        verifyWebhook(delivery.body, delivery.signature, subscription.secret, {
          toleranceSeconds: 60,
          now: new Date(Date.now() - 120_000),
        }),
        verifyWebhook(delivery.body, undefined, subscription.secret),
        verifyWebhook(delivery.body, 't=abc,v1=zz', subscription.secret),
      ].map((verification) => verification.catch((e: unknown) => e)),
    );
    expect(failures.map((e) => (e as WebhookVerificationError).reason)).toEqual([
      'signature-mismatch',
      'signature-mismatch',
      'timestamp-outside-tolerance',
      'timestamp-outside-tolerance',
      'malformed-header',
      'malformed-header',
    ]);
    expect(failures.every((e) => e instanceof WebhookVerificationError)).toBe(true);
    await betaContact.webhooks.delete(subscription.id);
  });

  test('a correctly signed body that is not a WebhookEvent is rejected', async () => {
    const secret = 'whsec_test-secret-of-this-test-only-000';
    const body = JSON.stringify({ hello: 'world' });
    const timestamp = Math.floor(Date.now() / 1000);
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${timestamp}.${body}`));
    const hex = Buffer.from(mac).toString('hex');
    const error = await verifyWebhook(body, `t=${timestamp},v1=${'0'.repeat(64)},v1=${hex}`, secret).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'WebhookVerificationError', reason: 'invalid-payload' });
  });
});
