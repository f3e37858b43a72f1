/**
 * The victim's own follow-up: a self-referral's answer carries the reference and secret once;
 * with them and the member's publishable key the victim reads a victim-safe view and withdraws
 * consent. Wrong secrets, unknown references and other members' keys answer alike, and ten wrong
 * secrets lock a reference for fifteen minutes.
 */
import { FollowUpView } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox({ faults: true });

async function selfReferral(organisation: number, headers: Record<string, string> = {}) {
  const body = referralBody();
  delete body.status;
  const reply = await t.request('POST', '/v1/referrals', { token: t.org(organisation).publishableKey, body, headers });
  expect(reply.status).toBe(201);
  return reply.body;
}

const followUp = (organisation: number, body: unknown, path = '/v1/follow-up') =>
  t.request('POST', path, { token: t.org(organisation).publishableKey, body });

/** What two answers share once the request id, which every answer has its own, is left out. */
const comparable = (reply: { status: number; body: Record<string, unknown>; headers: Headers }) => {
  const { requestId: _requestId, ...body } = reply.body;
  return { status: reply.status, body, contentType: reply.headers.get('content-type') };
};

describe('follow-up', () => {
  it('is handed out once, with the self-referral only', async () => {
    const created = await selfReferral(8, { 'Idempotency-Key': 'follow-up-once' });
    expect(created.followUp.reference).toBe(created.reference);
    expect(Buffer.from(created.followUp.secret, 'base64url').length).toBeGreaterThanOrEqual(16);
    const seen = await t.request('GET', `/v1/referrals/${created.id}`, { token: t.org(8).contactToken });
    expect(seen.body.followUp).toBeUndefined();
    expect(JSON.stringify(seen.body)).not.toContain(created.followUp.secret);
    const body = referralBody();
    delete body.status;
    const replayed = await t.request('POST', '/v1/referrals', {
      token: t.org(8).publishableKey,
      body,
      headers: { 'Idempotency-Key': 'follow-up-once' },
    });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.id).toBe(created.id);
    expect(replayed.body.followUp).toBeUndefined();
    const professional = await t.request('POST', '/v1/referrals', {
      token: t.org(8).contactToken,
      body: referralBody({ receivingOrganisationId: t.org(9).id }),
    });
    expect(professional.body.followUp).toBeUndefined();
  });

  it('shows the victim their status, whom to contact and what comes next, and nothing else', async () => {
    const created = await selfReferral(8);
    const reply = await followUp(8, created.followUp);
    expect(reply.status).toBe(200);
    const view = FollowUpView.parse(reply.body);
    expect(Object.keys(reply.body).sort()).toEqual(
      ['nextStep', 'receivingOrganisation', 'reference', 'status', 'statusChangedAt'].sort(),
    );
    expect(view).toMatchObject({ reference: created.reference, status: 'sent', nextStep: 'wait-for-contact' });
    expect(view.receivingOrganisation.name).toBe(t.org(8).name);

    await t.request('POST', `/v1/referrals/${created.id}/transitions`, {
      token: t.org(8).contactToken,
      body: { to: 'accepted' },
    });
    const accepted = await followUp(8, created.followUp);
    expect(accepted.body).toMatchObject({ status: 'accepted', nextStep: 'support-under-way' });
  });

  it('lets the victim withdraw consent: the referral is erased as if the referrer withdrew it', async () => {
    const created = await selfReferral(8);
    const withdrawn = await followUp(8, created.followUp, '/v1/follow-up/withdraw-consent');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn-consent', nextStep: 'consent-withdrawn' });
    const referral = await t.request('GET', `/v1/referrals/${created.id}`, { token: t.org(8).contactToken });
    expect(referral.body).toMatchObject({ status: 'withdrawn-consent', victim: null, caseSummary: null });
    expect(referral.body.erasedAt).toBeDefined();
    const events = await t.request('GET', `/v1/referrals/${created.id}/events`, { token: t.org(8).contactToken });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'transitioned',
      'personal-data-erased',
    ]);
    expect(events.body.items[1].actor).toMatchObject({ role: 'referrer', credential: 'publishable-key' });
    const again = await followUp(8, created.followUp, '/v1/follow-up/withdraw-consent');
    expect(again.status).toBe(409);
  });

  it('answers a wrong secret, an unknown reference and another member’s key identically', async () => {
    const created = await selfReferral(10);
    const wrongSecret = await followUp(10, { reference: created.reference, secret: 'A'.repeat(32) });
    const unknown = await followUp(10, { reference: 'VR-2222-2222', secret: created.followUp.secret });
    const otherKey = await followUp(11, created.followUp);
    expect(wrongSecret.status).toBe(404);
    expect(comparable(unknown)).toEqual(comparable(wrongSecret));
    expect(comparable(otherKey)).toEqual(comparable(wrongSecret));
  });

  it('locks a reference for 15 minutes after 10 wrong secrets, then opens it again', async () => {
    const created = await selfReferral(12);
    const wrong = { reference: created.reference, secret: 'B'.repeat(32) };
    for (let attempt = 1; attempt <= 10; attempt++) expect((await followUp(12, wrong)).status).toBe(404);
    const locked = await followUp(12, created.followUp);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    const unknownLocked = { reference: 'VR-3333-3333', secret: 'C'.repeat(32) };
    for (let attempt = 1; attempt <= 10; attempt++) await followUp(12, unknownLocked);
    expect((await followUp(12, unknownLocked)).status).toBe(429);

    await t.request('POST', '/v1/sandbox/clock', { token: t.admin, body: { advanceSeconds: 15 * 60 } });
    expect((await followUp(12, created.followUp)).status).toBe(200);
  });

  it('takes the secret in the body only', async () => {
    const created = await selfReferral(8);
    const inQuery = await t.request(
      'POST',
      `/v1/follow-up?reference=${created.reference}&secret=${created.followUp.secret}`,
      { token: t.org(8).publishableKey, body: {} },
    );
    expect(inQuery.status).toBe(400);
    expect(inQuery.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/reference', '/secret']);
  });
});
