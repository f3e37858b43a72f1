import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookEvent, WebhookSubscriptionCreated } from '@victim-referral/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Delivery, type Receiver, startReceiver } from './support/receiver.js';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox({
  allowPrivateWebhooks: true,
  webhooks: { baseDelayMs: 20, maxAttempts: 3, timeoutMs: 2_000 },
});
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

/** Checks `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">` as a subscriber would. */
function verify(delivery: Delivery, secret: string): boolean {
  const header = String(delivery.headers['victim-referral-signature']);
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, t, v1] = match;
  if (Math.abs(Date.now() / 1000 - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${delivery.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1 ?? '', 'hex'));
}

async function subscribe(organisation: number, path: string): Promise<WebhookSubscriptionCreated> {
  const reply = await t.request('POST', '/v1/webhooks', {
    token: t.org(organisation).contactToken,
    body: {
      url: `${receiver.url}${path}`,
      events: ['referral.received', 'referral.transitioned', 'referral.message-created'],
    },
  });
  expect(reply.status).toBe(201);
  return WebhookSubscriptionCreated.parse(reply.body);
}

const eventsAt = (path: string) =>
  receiver.deliveries.filter((d) => d.path === path).map((d) => WebhookEvent.parse(JSON.parse(d.body)));

async function sendReferral(from: number, to: number): Promise<string> {
  const reply = await t.request('POST', '/v1/referrals', {
    token: t.org(from).contactToken,
    body: referralBody({ receivingOrganisationId: t.org(to).id }),
  });
  return reply.body.id;
}

const transition = (organisation: number, id: string, to: string) =>
  t.request('POST', `/v1/referrals/${id}/transitions`, { token: t.org(organisation).contactToken, body: { to } });

describe('webhooks', () => {
  it('delivers signed events, in order, to the receiving organisation', async () => {
    const subscription = await subscribe(21, '/inbox-21');
    expect(subscription.secret).toMatch(/^whsec_/);
    const id = await sendReferral(20, 21);
    await transition(21, id, 'received');
    await transition(21, id, 'accepted');
    await t.request('POST', `/v1/referrals/${id}/messages`, {
      token: t.org(20).contactToken,
      body: { body: 'Thanks!' },
    });
    await receiver.waitFor(() => eventsAt('/inbox-21').length === 4);
    const deliveries = receiver.deliveries.filter((d) => d.path === '/inbox-21');
    expect(deliveries.every((d) => verify(d, subscription.secret))).toBe(true);
    expect(deliveries.some((d) => verify(d, 'whsec_wrong-secret-wrong-secret'))).toBe(false);
    expect(eventsAt('/inbox-21').map((e) => [e.type, e.data.status, e.organisationId])).toEqual([
      ['referral.received', 'sent', t.org(21).id],
      ['referral.transitioned', 'received', t.org(21).id],
      ['referral.transitioned', 'accepted', t.org(21).id],
      ['referral.message-created', 'accepted', t.org(21).id],
    ]);
    expect(eventsAt('/inbox-21').every((e) => e.data.referralId === id)).toBe(true);
  });

  it('retries a failing delivery with backoff and keeps the order per referral', async () => {
    await subscribe(23, '/flaky-23');
    let failures = 0;
    receiver.answer = (delivery) => {
      if (delivery.path === '/flaky-23' && JSON.parse(delivery.body).type === 'referral.received' && failures < 2) {
        failures++;
        return 500;
      }
      return 204;
    };
    const id = await sendReferral(22, 23);
    await transition(23, id, 'received');
    await receiver.waitFor(() => eventsAt('/flaky-23').length === 4);
    const received = receiver.deliveries.filter((d) => d.path === '/flaky-23');
    expect(received.map((d) => d.answeredWith)).toEqual([500, 500, 204, 204]);
    const events = eventsAt('/flaky-23');
    expect(events.map((e) => e.type)).toEqual([
      'referral.received',
      'referral.received',
      'referral.received',
      'referral.transitioned',
    ]);
    expect(new Set(events.slice(0, 3).map((e) => e.id)).size).toBe(1);
    receiver.answer = () => 204;
  });

  it('gives a delivery up after the last attempt, then sends the next one', async () => {
    await subscribe(25, '/down-25');
    receiver.answer = (delivery) =>
      delivery.path === '/down-25' && JSON.parse(delivery.body).type === 'referral.received' ? 503 : 204;
    const id = await sendReferral(24, 25);
    await transition(25, id, 'received');
    await receiver.waitFor(() => eventsAt('/down-25').some((e) => e.type === 'referral.transitioned'));
    expect(eventsAt('/down-25').map((e) => e.type)).toEqual([
      'referral.received',
      'referral.received',
      'referral.received',
      'referral.transitioned',
    ]);
    receiver.answer = () => 204;
  });

  it('lists and deletes subscriptions of the caller organisation only', async () => {
    const subscription = await subscribe(27, '/deleted-27');
    const listed = await t.request('GET', '/v1/webhooks', { token: t.org(27).contactToken });
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([subscription.id]);
    expect(listed.body.items[0].secret).toBeUndefined();
    const other = await t.request('GET', '/v1/webhooks', { token: t.org(28).contactToken });
    expect(other.body.items).toEqual([]);
    const duplicate = await t.request('POST', '/v1/webhooks', {
      token: t.org(27).contactToken,
      body: { url: subscription.url, events: ['referral.received'] },
    });
    expect(duplicate.status).toBe(409);
    expect(
      (await t.request('DELETE', `/v1/webhooks/${subscription.id}`, { token: t.org(28).contactToken })).status,
    ).toBe(404);
    expect(
      (await t.request('DELETE', `/v1/webhooks/${subscription.id}`, { token: t.org(27).contactToken })).status,
    ).toBe(204);
    await subscribe(27, '/still-27');
    await sendReferral(26, 27);
    await receiver.waitFor(() => eventsAt('/still-27').length === 1);
    expect(eventsAt('/deleted-27')).toEqual([]);
  });
});
