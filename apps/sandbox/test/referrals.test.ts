import {
  defaultResponseDueAt,
  isOverdue,
  Referral,
  ReferralEvent,
  type Referral as ReferralRecord,
} from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { type Reply, referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();

async function send(overrides: Parameters<typeof referralBody>[0] = {}, from = 0, to = 1): Promise<ReferralRecord> {
  const reply: Reply = await t.request('POST', '/v1/referrals', {
    token: t.org(from).contactToken,
    body: referralBody({ receivingOrganisationId: t.org(to).id, ...overrides }),
  });
  expect(reply.status).toBe(201);
  return Referral.parse(reply.body);
}

describe('creating referrals', () => {
  it('sends a cross-border referral with a human reference and a default answer time', async () => {
    const referral = await send();
    expect(referral).toMatchObject({ kind: 'professional', status: 'sent', priority: 'urgent' });
    expect(referral.reference).toMatch(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(referral.responseDueAt).toBe(defaultResponseDueAt('urgent', new Date(referral.sentAt ?? '')).toISOString());
    const inbox = await t.request('GET', '/v1/referrals?box=inbox&limit=100', { token: t.org(1).contactToken });
    expect(inbox.body.items.map((r: ReferralRecord) => r.id)).toContain(referral.id);
    const outbox = await t.request('GET', '/v1/referrals?box=outbox&limit=100', { token: t.org(0).contactToken });
    expect(outbox.body.items.map((r: ReferralRecord) => r.id)).toContain(referral.id);
  });

  it('keeps drafts from the receiver until they are sent', async () => {
    const draft = await send({ status: 'draft' });
    expect(draft.sentAt).toBeUndefined();
    expect((await t.request('GET', `/v1/referrals/${draft.id}`, { token: t.org(1).contactToken })).status).toBe(404);
    const inbox = await t.request('GET', '/v1/referrals?box=inbox&status=draft', { token: t.org(1).contactToken });
    expect(inbox.body.items).toEqual([]);
    const sent = await t.request('POST', `/v1/referrals/${draft.id}/transitions`, {
      token: t.org(0).contactToken,
      body: { to: 'sent' },
    });
    expect(sent.body.sentAt).toBeDefined();
    expect((await t.request('GET', `/v1/referrals/${draft.id}`, { token: t.org(1).contactToken })).status).toBe(200);
  });

  it('lets the referrer shorten the answer time, never lengthen it', async () => {
    const soon = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect((await send({ responseDueAt: soon })).responseDueAt).toBe(soon);
    const late = new Date(Date.now() + 48 * 3_600_000).toISOString();
    const reply: Reply = await t.request('POST', '/v1/referrals', {
      token: t.org(0).contactToken,
      body: referralBody({ receivingOrganisationId: t.org(1).id, responseDueAt: late }),
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'validation-failed', errors: [{ path: '/responseDueAt' }] });
  });

  it("refuses referrals without a receiver, to itself, or for another member's service", async () => {
    const token = t.org(0).contactToken;
    const noReceiver = await t.request('POST', '/v1/referrals', { token, body: referralBody() });
    expect(noReceiver.status).toBe(422);
    expect(noReceiver.body.errors[0].path).toBe('/receivingOrganisationId');
    const toSelf = await t.request('POST', '/v1/referrals', {
      token,
      body: referralBody({ receivingOrganisationId: t.org(0).id }),
    });
    expect(toSelf.status).toBe(422);
    const services = await t.request('GET', `/v1/services?organisation=${t.org(2).id}&limit=1`, { token });
    const wrongService = await t.request('POST', '/v1/referrals', {
      token,
      body: referralBody({ receivingOrganisationId: t.org(1).id, serviceId: services.body.items[0].id }),
    });
    expect(wrongService.status).toBe(422);
    expect(wrongService.body.errors[0].path).toBe('/serviceId');
  });

  it('gives every referral its own reference', async () => {
    const referrals = await Promise.all(Array.from({ length: 25 }, () => send()));
    expect(new Set(referrals.map((r) => r.reference)).size).toBe(25);
  });
});

describe('changing drafts', () => {
  it('lets the referrer change a draft, and nothing else', async () => {
    const draft = await send({ status: 'draft' });
    const changed = await t.request('PATCH', `/v1/referrals/${draft.id}`, {
      token: t.org(0).contactToken,
      body: { priority: 'immediate', caseSummary: 'Updated summary' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ priority: 'immediate', caseSummary: 'Updated summary', status: 'draft' });
    const sent = await send();
    const late = await t.request('PATCH', `/v1/referrals/${sent.id}`, {
      token: t.org(0).contactToken,
      body: { priority: 'routine' },
    });
    expect(late.status).toBe(409);
    const byReceiver = await t.request('PATCH', `/v1/referrals/${sent.id}`, {
      token: t.org(1).contactToken,
      body: { priority: 'routine' },
    });
    expect(byReceiver.status).toBe(403);
  });
});

describe('listing referrals', () => {
  it('filters overdue referrals as isOverdue computes them', async () => {
    const token = t.org(0).contactToken;
    const overdue = await t.request('GET', '/v1/referrals?overdue=true&limit=100', { token });
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((r: ReferralRecord) => isOverdue(r))).toBe(true);
    const notOverdue = await t.request('GET', '/v1/referrals?overdue=false&limit=100', { token });
    expect(notOverdue.body.items.length).toBeGreaterThan(0);
    expect(notOverdue.body.items.some((r: ReferralRecord) => isOverdue(r))).toBe(false);
  });

  it('filters by status and priority and pages newest first without repeats', async () => {
    const token = t.org(0).contactToken;
    const received = await t.request('GET', '/v1/referrals?status=received', { token });
    expect(received.body.items.every((r: ReferralRecord) => r.status === 'received')).toBe(true);
    const immediate = await t.request('GET', '/v1/referrals?priority=immediate', { token });
    expect(immediate.body.items.every((r: ReferralRecord) => r.priority === 'immediate')).toBe(true);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Reply = await t.request('GET', `/v1/referrals?limit=7${cursor ? `&cursor=${cursor}` : ''}`, {
        token,
      });
      ids.push(...page.body.items.map((r: ReferralRecord) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await t.request('GET', '/v1/referrals?limit=100', { token });
    expect(ids).toEqual(all.body.items.map((r: ReferralRecord) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never shows another organisation's referrals", async () => {
    const referral = await send({}, 2, 3);
    const outsider = t.org(4).contactToken;
    expect((await t.request('GET', `/v1/referrals/${referral.id}`, { token: outsider })).status).toBe(404);
    const list = await t.request('GET', '/v1/referrals?limit=100', { token: outsider });
    expect(list.body.items.map((r: ReferralRecord) => r.id)).not.toContain(referral.id);
  });
});

describe('consent withdrawal', () => {
  it('erases the personal data and keeps the shell', async () => {
    const referral = await send();
    const reply: Reply = await t.request('POST', `/v1/referrals/${referral.id}/transitions`, {
      token: t.org(0).contactToken,
      body: { to: 'withdrawn-consent' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'withdrawn-consent', victim: null, caseSummary: null });
    expect(reply.body.assessment).toBeUndefined();
    expect(reply.body.sealed).toBeUndefined();
    expect(reply.body.erasedAt).toBeDefined();
    const seen = await t.request('GET', `/v1/referrals/${referral.id}`, { token: t.org(1).contactToken });
    expect(seen.body.victim).toBeNull();
    const events = await t.request('GET', `/v1/referrals/${referral.id}/events`, { token: t.org(0).contactToken });
    expect(events.body.items.map((e: ReferralEvent) => e.type)).toEqual([
      'created',
      'transitioned',
      'personal-data-erased',
    ]);
  });
});

describe('messages and events', () => {
  it('shares the discussion between the two organisations only, oldest first', async () => {
    const referral = await send();
    for (const [n, text] of [
      [0, 'Sent you a case'],
      [1, 'Received, calling tomorrow'],
      [0, 'Thanks'],
    ] as const) {
      const reply: Reply = await t.request('POST', `/v1/referrals/${referral.id}/messages`, {
        token: t.org(n).contactToken,
        body: { body: text },
      });
      expect(reply.status).toBe(201);
      expect(reply.body.authorOrganisationId).toBe(t.org(n).id);
    }
    const seenBy = async (n: number) =>
      t.request('GET', `/v1/referrals/${referral.id}/messages?limit=2`, { token: t.org(n).contactToken });
    const first = await seenBy(1);
    expect(first.body.items.map((m: { body: string }) => m.body)).toEqual([
      'Sent you a case',
      'Received, calling tomorrow',
    ]);
    const rest = await t.request('GET', `/v1/referrals/${referral.id}/messages?cursor=${first.body.nextCursor}`, {
      token: t.org(0).contactToken,
    });
    expect(rest.body).toMatchObject({ items: [{ body: 'Thanks' }], nextCursor: null });
    expect((await seenBy(7)).status).toBe(404);
  });

  it('keeps the audit trail in order, with who did what', async () => {
    const referral = await send();
    await t.request('POST', `/v1/referrals/${referral.id}/transitions`, {
      token: t.org(1).contactToken,
      body: { to: 'declined', reasonCode: 'no-capacity', reason: 'No capacity this month' },
    });
    const events = await t.request('GET', `/v1/referrals/${referral.id}/events`, { token: t.org(1).contactToken });
    const items = events.body.items.map((e: unknown) => ReferralEvent.parse(e));
    expect(items.map((e: ReferralEvent) => e.sequence)).toEqual([1, 2]);
    expect(items[0]).toMatchObject({
      type: 'created',
      from: null,
      to: 'sent',
      actor: { role: 'referrer', organisationId: t.org(0).id },
    });
    expect(items[1]).toMatchObject({
      type: 'transitioned',
      from: 'sent',
      to: 'declined',
      reasonCode: 'no-capacity',
      reason: 'No capacity this month',
      actor: { role: 'receiver', organisationId: t.org(1).id, credential: 'contact-token' },
    });
  });
});
