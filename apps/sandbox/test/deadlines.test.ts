/**
 * Deadlines that fire: after the sandbox clock passes 75 % of a referral's answer time, and then
 * its `responseDueAt`, both parties get `referral.due-soon` and `referral.overdue` exactly once —
 * also when the built CLI is killed and restarted in between — and the audit trail records both.
 */
import { WebhookEvent } from '@victim-referral/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStore, killed } from './support/cli.js';
import { type Delivery, type Receiver, startReceiver } from './support/receiver.js';
import { call, referralBody, useSandbox } from './support/sandbox.js';
import { sealedBody } from './support/sealing.js';

const hour = 3600;
const t = useSandbox({ faults: true });
const store = cliStore('deadlines');
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  store.dispose();
  await receiver.close();
});

/**
 * The distinct events delivered for a referral. Deliveries are at least once: a crash between a
 * delivery and its record sends the same event (same id) again, which subscribers recognise.
 */
const deadlineEvents = (deliveries: Delivery[], referralId: string) => {
  const events = new Map<string, string>();
  for (const delivery of deliveries) {
    const event = WebhookEvent.parse(JSON.parse(delivery.body));
    if (event.data.referralId === referralId) events.set(event.id, `${delivery.path} ${event.type}`);
  }
  return [...events.values()].sort();
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 2_500));

describe('the sandbox clock', () => {
  it('is read and advanced by the administrator, and only with --faults', async () => {
    const before = await t.request('GET', '/v1/sandbox/clock', { token: t.admin });
    expect(before.status).toBe(200);
    const advanced = await t.request('POST', '/v1/sandbox/clock', { token: t.admin, body: { advanceSeconds: 90 } });
    expect(advanced.status).toBe(200);
    expect(advanced.body.offsetSeconds).toBe(before.body.offsetSeconds + 90);
    expect(Date.parse(advanced.body.now) - Date.parse(before.body.now)).toBeGreaterThanOrEqual(90_000);
    const backwards = await t.request('POST', '/v1/sandbox/clock', { token: t.admin, body: { advanceSeconds: -5 } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe('/advanceSeconds');
  });

  it('does not exist without --faults', async () => {
    const unseeded = cliStore('clock');
    try {
      const plain = await unseeded.start(['--no-seed']);
      const admin = unseeded.credentials().adminToken;
      expect((await call(plain.url, 'GET', '/v1/sandbox/clock', { token: admin })).status).toBe(404);
      await killed(plain.child);
    } finally {
      unseeded.dispose();
    }
  });
});

describe('answer deadlines', () => {
  it('announce nothing for a referral answered in time', async () => {
    const created = await t.request('POST', '/v1/referrals', {
      token: t.org(6).contactToken,
      body: referralBody({ receivingOrganisationId: t.org(7).id, priority: 'immediate' }),
    });
    await t.request('POST', `/v1/referrals/${created.body.id}/transitions`, {
      token: t.org(7).contactToken,
      body: { to: 'accepted' },
    });
    await t.request('POST', '/v1/sandbox/clock', { token: t.admin, body: { advanceSeconds: 5 * hour } });
    const events = await t.request('GET', `/v1/referrals/${created.body.id}/events`, { token: t.org(6).contactToken });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['created', 'transitioned']);
  });

  it('fire due-soon and overdue once each to both parties, also across a restart', async () => {
    await store.start(['--faults', '--allow-private-webhooks']).then(({ child }) => killed(child)); // a seeded store
    let sandbox = await store.start(['--faults', '--allow-private-webhooks']);
    const { adminToken, organisations } = store.credentials();
    const [referrer, receiving] = [organisations[2], organisations[3]];
    if (!referrer || !receiving) throw new Error('No seeded organisations');
    for (const [organisation, path] of [
      [referrer, '/referrer'],
      [receiving, '/receiver'],
    ] as const) {
      const subscribed = await call(sandbox.url, 'POST', '/v1/webhooks', {
        token: organisation.contactToken,
        body: { url: `${receiver.url}${path}`, events: ['referral.due-soon', 'referral.overdue'] },
      });
      expect(subscribed.status).toBe(201);
    }
    const created = await call(sandbox.url, 'POST', '/v1/referrals', {
      token: referrer.contactToken,
      body: await sealedBody(
        'referral',
        referralBody({ receivingOrganisationId: receiving.id, priority: 'immediate' }),
        referrer,
        receiving,
      ),
    });
    const id: string = created.body.id;
    const advance = (seconds: number) =>
      call(sandbox.url, 'POST', '/v1/sandbox/clock', { token: adminToken, body: { advanceSeconds: seconds } });

    // 4 hours to answer an immediate referral: due soon after 3.
    await advance(2 * hour);
    await settle();
    expect(deadlineEvents(receiver.deliveries, id)).toEqual([]);
    await advance(1.5 * hour);
    await receiver.waitFor((d) => deadlineEvents(d, id).length === 2);
    expect(deadlineEvents(receiver.deliveries, id)).toEqual([
      '/receiver referral.due-soon',
      '/referrer referral.due-soon',
    ]);

    await killed(sandbox.child);
    sandbox = await store.start(['--faults', '--allow-private-webhooks']);
    const clock = await call(sandbox.url, 'GET', '/v1/sandbox/clock', { token: adminToken });
    expect(clock.body.offsetSeconds).toBeGreaterThanOrEqual(3.5 * hour);
    await settle();
    expect(deadlineEvents(receiver.deliveries, id)).toHaveLength(2);

    await advance(1 * hour);
    await receiver.waitFor((d) => deadlineEvents(d, id).length === 4);
    await advance(1 * hour);
    await settle();
    expect(deadlineEvents(receiver.deliveries, id)).toEqual([
      '/receiver referral.due-soon',
      '/receiver referral.overdue',
      '/referrer referral.due-soon',
      '/referrer referral.overdue',
    ]);
    const events = await call(sandbox.url, 'GET', `/v1/referrals/${id}/events`, { token: receiving.contactToken });
    expect(events.body.items.map((e: { type: string; actor: { role: string } }) => [e.type, e.actor.role])).toEqual([
      ['created', 'referrer'],
      ['due-soon', 'system'],
      ['overdue', 'system'],
    ]);
    await killed(sandbox.child);
  });
});
