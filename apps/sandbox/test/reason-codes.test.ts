/** Coded reasons: a status that needs a reason takes a code of its own vocabulary, kept and audited. */
import { reasonCodesFor } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();
const referrer = () => t.org(0).contactToken;
const receiver = () => t.org(1).contactToken;

async function sent(): Promise<string> {
  const reply = await t.request('POST', '/v1/referrals', {
    token: referrer(),
    body: referralBody({ receivingOrganisationId: t.org(1).id }),
  });
  expect(reply.status).toBe(201);
  return reply.body.id;
}

const move = (id: string, token: string, body: unknown) =>
  t.request('POST', `/v1/referrals/${id}/transitions`, { token, body });

describe('reason codes', () => {
  it('refuses a decline without a code, naming the field and the codes it takes, and changes nothing', async () => {
    const id = await sent();
    const reply = await move(id, receiver(), { to: 'declined', reason: 'We are full' });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([
      {
        path: '/reasonCode',
        code: 'required',
        message: expect.stringContaining(reasonCodesFor('declined').join(', ')),
      },
    ]);
    expect((await t.request('GET', `/v1/referrals/${id}`, { token: referrer() })).body.status).toBe('sent');
  });

  it('answers 400 for a code no status takes', async () => {
    const reply = await move(await sent(), receiver(), { to: 'declined', reasonCode: 'too-busy' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].path).toBe('/reasonCode');
  });

  it('stores the code on the referral and in the event, for both parties to read', async () => {
    const id = await sent();
    const reply = await move(id, receiver(), { to: 'declined', reasonCode: 'outside-area' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'declined', statusReasonCode: 'outside-area' });
    expect(reply.body.statusReason).toBeUndefined();
    const seen = await t.request('GET', `/v1/referrals/${id}`, { token: referrer() });
    expect(seen.body.statusReasonCode).toBe('outside-area');
    const events = await t.request('GET', `/v1/referrals/${id}/events`, { token: referrer() });
    expect(events.body.items.at(-1)).toMatchObject({
      type: 'transitioned',
      to: 'declined',
      reasonCode: 'outside-area',
    });
  });

  it('asks for free text only with the code other', async () => {
    const id = await sent();
    expect((await move(id, referrer(), { to: 'cancelled', reasonCode: 'other' })).body.errors[0]).toMatchObject({
      path: '/reason',
      code: 'required',
    });
    const reply = await move(id, referrer(), { to: 'cancelled', reasonCode: 'other', reason: 'Victim moved abroad' });
    expect(reply.body).toMatchObject({ statusReasonCode: 'other', statusReason: 'Victim moved abroad' });
  });

  it('drops the reason of a status left behind', async () => {
    const id = await sent();
    await move(id, receiver(), { to: 'accepted' });
    await move(id, receiver(), { to: 'in-progress' });
    const held = await move(id, receiver(), { to: 'on-hold', reasonCode: 'awaiting-interpreter', reason: 'Thursday' });
    expect(held.body).toMatchObject({ statusReasonCode: 'awaiting-interpreter', statusReason: 'Thursday' });
    const resumed = await move(id, receiver(), { to: 'in-progress' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.statusReasonCode).toBeUndefined();
    expect(resumed.body.statusReason).toBeUndefined();
  });

  it('never asks a reason to withdraw consent, and takes no code for it', async () => {
    const id = await sent();
    expect((await move(id, referrer(), { to: 'withdrawn-consent', reasonCode: 'other' })).status).toBe(422);
    const reply = await move(id, referrer(), { to: 'withdrawn-consent' });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('withdrawn-consent');
  });
});
