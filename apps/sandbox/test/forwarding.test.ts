/**
 * Onward referral: a point of contact refers a case of its own inbox onward with `basedOn`; who
 * may, what consent it needs, and the link both ways.
 */
import { describe, expect, it } from 'vitest';
import { type Reply, referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();
const onward = ['provide-support', 'contact-victim', 'refer-onward'] as const;

/** A referral from organisation 0 to 1, answered by 1 up to `status`, with or without onward consent. */
async function received(options: { refersOnward?: boolean; status?: 'sent' | 'accepted' | 'in-progress' } = {}) {
  const base = referralBody({ receivingOrganisationId: t.org(1).id });
  const purposes = options.refersOnward === false ? base.consent.purposes : [...onward];
  const created = await t.request('POST', '/v1/referrals', {
    token: t.org(0).contactToken,
    body: { ...base, consent: { ...base.consent, purposes } },
  });
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  const path: string[] = { sent: [], accepted: ['accepted'], 'in-progress': ['accepted', 'in-progress'] }[
    options.status ?? 'accepted'
  ];
  for (const to of path) {
    const moved = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token: t.org(1).contactToken,
      body: { to },
    });
    expect(moved.status).toBe(200);
  }
  return id;
}

function forward(basedOn: string, token: string | undefined, to = t.org(2).id): Promise<Reply> {
  const base = referralBody({ receivingOrganisationId: to, basedOn });
  return t.request('POST', '/v1/referrals', {
    token,
    body: { ...base, consent: { ...base.consent, purposes: onward } },
  });
}

describe('onward referral', () => {
  it('links the new referral to the original, and tells the original’s sender where the case went', async () => {
    const original = await received({ status: 'in-progress' });
    const reply = await forward(original, t.org(1).contactToken);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      basedOn: original,
      referringOrganisationId: t.org(1).id,
      receivingOrganisationId: t.org(2).id,
    });
    const events = await t.request('GET', `/v1/referrals/${original}/events`, { token: t.org(0).contactToken });
    expect(events.body.items.at(-1)).toMatchObject({
      type: 'forwarded',
      from: 'in-progress',
      to: 'in-progress',
      actor: { role: 'receiver', organisationId: t.org(1).id },
      forwardedTo: { referralId: reply.body.id, receivingOrganisationId: t.org(2).id },
    });
    const unchanged = await t.request('GET', `/v1/referrals/${original}`, { token: t.org(0).contactToken });
    expect(unchanged.body.status).toBe('in-progress');
  });

  it('refers a self-referral onward: the host member sends it abroad', async () => {
    const base = referralBody();
    delete base.status;
    const self = await t.request('POST', '/v1/referrals', {
      token: t.org(0).publishableKey,
      body: { ...base, consent: { ...base.consent, method: 'electronic', purposes: onward } },
    });
    expect(self.status).toBe(201);
    await t.request('POST', `/v1/referrals/${self.body.id}/transitions`, {
      token: t.org(0).contactToken,
      body: { to: 'accepted' },
    });
    const reply = await forward(self.body.id, t.org(0).contactToken, t.org(3).id);
    expect(reply.status).toBe(201);
    expect(reply.body.basedOn).toBe(self.body.id);
  });

  it('answers 404 naming basedOn for a referral that is not in the caller’s inbox', async () => {
    const original = await received();
    for (const token of [t.org(0).contactToken, t.org(5).contactToken]) {
      const reply = await forward(original, token);
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ code: 'not-found', errors: [{ path: '/basedOn', code: 'not-in-inbox' }] });
    }
    const unknown = await forward('00000000-0000-4000-8000-000000000000', t.org(1).contactToken);
    expect(unknown.status).toBe(404);
  });

  it('refuses it when the victim’s consent does not include referring onward', async () => {
    const reply = await forward(await received({ refersOnward: false }), t.org(1).contactToken);
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toMatchObject([{ path: '/basedOn', code: 'consent-excludes-refer-onward' }]);
  });

  it('refuses it for a referral not yet accepted', async () => {
    const reply = await forward(await received({ status: 'sent' }), t.org(1).contactToken);
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toMatchObject([{ path: '/basedOn', code: 'not-accepted' }]);
  });

  it('makes no referral and no event when refused', async () => {
    const original = await received({ refersOnward: false });
    await forward(original, t.org(1).contactToken);
    const outbox = await t.request('GET', '/v1/referrals?box=outbox&limit=100', { token: t.org(1).contactToken });
    expect(outbox.body.items.filter((r: { basedOn?: string }) => r.basedOn === original)).toEqual([]);
    const events = await t.request('GET', `/v1/referrals/${original}/events`, { token: t.org(1).contactToken });
    expect(events.body.items.map((e: { type: string }) => e.type)).not.toContain('forwarded');
  });
});

describe('who may refer onward (authorisation)', () => {
  const callers = [
    { caller: 'the receiver', token: () => t.org(1).contactToken, status: 201 },
    { caller: 'the original’s referrer', token: () => t.org(0).contactToken, status: 404 },
    { caller: 'another member', token: () => t.org(5).contactToken, status: 404 },
    { caller: 'a publishable key', token: () => t.org(1).publishableKey, status: 422 },
    { caller: 'the admin token', token: () => t.admin, status: 403 },
    { caller: 'no credential', token: () => undefined, status: 401 },
  ];

  it.each(callers)('$caller → $status', async ({ token, status }) => {
    const original = await received();
    const reply = await forward(original, token(), status === 422 ? t.org(1).id : t.org(2).id);
    expect(reply.status).toBe(status);
  });
});
