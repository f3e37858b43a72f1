import { describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();

async function countInbox(caseSummary: string): Promise<number> {
  const inbox = await t.request('GET', '/v1/referrals?box=inbox&limit=100', { token: t.org(1).contactToken });
  return inbox.body.items.filter((r: { caseSummary: string }) => r.caseSummary === caseSummary).length;
}

describe('Idempotency-Key', () => {
  it('makes one record of identical requests arriving at the same moment', async () => {
    const body = referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'Concurrent duplicate case' });
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.request('POST', '/v1/referrals', {
          token: t.org(0).contactToken,
          body,
          headers: { 'Idempotency-Key': 'concurrent-1' },
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(replies.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
    expect(await countInbox('Concurrent duplicate case')).toBe(1);
  });

  it('refuses the same key with another body', async () => {
    const token = t.org(0).contactToken;
    const headers = { 'Idempotency-Key': 'reused-key' };
    const first = await t.request('POST', '/v1/referrals', {
      token,
      headers,
      body: referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'First body' }),
    });
    expect(first.status).toBe(201);
    const second = await t.request('POST', '/v1/referrals', {
      token,
      headers,
      body: referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'Second body' }),
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('idempotency-conflict');
    expect(await countInbox('Second body')).toBe(0);
  });

  it('keeps keys apart per credential', async () => {
    const body = referralBody({ receivingOrganisationId: t.org(1).id, caseSummary: 'Same key, two senders' });
    const headers = { 'Idempotency-Key': 'shared-key' };
    const a = await t.request('POST', '/v1/referrals', { token: t.org(0).contactToken, headers, body });
    const b = await t.request('POST', '/v1/referrals', { token: t.org(2).contactToken, headers, body });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('does not remember failures: a corrected retry under the same key goes through', async () => {
    const token = t.org(0).contactToken;
    const headers = { 'Idempotency-Key': 'fix-and-retry' };
    const wrong = await t.request('POST', '/v1/referrals', { token, headers, body: referralBody() });
    expect(wrong.status).toBe(422);
    const right = await t.request('POST', '/v1/referrals', {
      token,
      headers,
      body: referralBody({ receivingOrganisationId: t.org(1).id }),
    });
    expect(right.status).toBe(201);
  });

  it('covers messages too', async () => {
    const referral = await t.request('POST', '/v1/referrals', {
      token: t.org(0).contactToken,
      body: referralBody({ receivingOrganisationId: t.org(1).id }),
    });
    const post = () =>
      t.request('POST', `/v1/referrals/${referral.body.id}/messages`, {
        token: t.org(0).contactToken,
        headers: { 'Idempotency-Key': 'message-1' },
        body: { body: 'Only once' },
      });
    const [one, two] = await Promise.all([post(), post()]);
    expect(one.body.id).toBe(two.body.id);
    const messages = await t.request('GET', `/v1/referrals/${referral.body.id}/messages`, {
      token: t.org(1).contactToken,
    });
    expect(messages.body.items).toHaveLength(1);
  });

  it('refuses an unusable key', async () => {
    const reply = await t.request('POST', '/v1/referrals', {
      token: t.org(0).contactToken,
      headers: { 'Idempotency-Key': 'x'.repeat(300) },
      body: referralBody({ receivingOrganisationId: t.org(1).id }),
    });
    expect(reply.status).toBe(400);
  });
});
