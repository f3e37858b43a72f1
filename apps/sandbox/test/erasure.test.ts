/**
 * Withdrawing consent erases the victim's personal data everywhere it could be: the referral, the
 * audit events, the messages, the answer remembered for a retry, and the bytes of the store's files.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedStatuses, type ReferralStatus, reasonCodesFor } from '@victim-referral/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { transitionPath } from '../src/domain/paths.js';
import { referralBody, useSandbox } from './support/sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-erasure-'));
const dbFile = join(dir, 'store.db');
const t = useSandbox({ db: dbFile });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const referrer = () => t.org(30);
const receiver = () => t.org(31);
const marker = (what: string) => `MARKER-${what}-${randomUUID()}`;

/** Every byte of every file of the store: the database, its WAL and its shared-memory index. */
function storeBytes(): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${dbFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}

const transition = (token: string, id: string, body: object) =>
  t.request('POST', `/v1/referrals/${id}/transitions`, { token, body });

/** A referral from `referrer` to `receiver` moved to `status` through the state machine. */
async function referralIn(status: ReferralStatus): Promise<string> {
  const created = await t.request('POST', '/v1/referrals', {
    token: referrer().contactToken,
    body: referralBody({ receivingOrganisationId: receiver().id }),
  });
  for (const rule of transitionPath('sent', status)) {
    const token = rule.by[0] === 'referrer' ? referrer().contactToken : receiver().contactToken;
    const reply = await transition(token, created.body.id, {
      to: rule.to,
      ...(rule.reasonCodeRequired && { reasonCode: reasonCodesFor(rule.to)[0] }),
      ...(rule.outcomeRequired && { outcome: 'support-provided' }),
    });
    expect(reply.status).toBe(200);
  }
  return created.body.id;
}

describe('withdrawing consent', () => {
  it('leaves no personal data in any answer, any replay or any file of the store', async () => {
    const markers = {
      name: marker('name'),
      summary: marker('summary'),
      needsNotes: marker('needs'),
      assessmentNotes: marker('assessment'),
      safeTimes: marker('safe-times'),
      holdReason: marker('hold'),
      withdrawalReason: marker('withdrawal'),
      receiverMessage: marker('message-receiver'),
      referrerMessage: marker('message-referrer'),
    };
    const body = referralBody({
      receivingOrganisationId: receiver().id,
      caseSummary: markers.summary,
      needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'], notes: markers.needsNotes },
      assessment: {
        riskLevel: 'high',
        protectionNeeds: ['interpreter'],
        notes: markers.assessmentNotes,
        assessedAt: '2026-03-04T10:30:00Z',
      },
      victim: {
        name: markers.name,
        languages: ['pl'],
        contact: {
          kind: 'safe-contact',
          channels: [{ method: 'phone', phone: '+48601234567' }],
          safeTimes: markers.safeTimes,
          mayLeaveMessage: false,
        },
      },
    });
    const createKey = { 'Idempotency-Key': `erasure-${randomUUID()}` };
    const created = await t.request('POST', '/v1/referrals', {
      token: referrer().contactToken,
      headers: createKey,
      body,
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    for (const to of ['received', 'accepted', 'in-progress']) {
      expect((await transition(receiver().contactToken, id, { to })).status).toBe(200);
    }
    expect(
      (
        await transition(receiver().contactToken, id, {
          to: 'on-hold',
          reasonCode: 'other',
          reason: markers.holdReason,
        })
      ).status,
    ).toBe(200);
    const messageKey = { 'Idempotency-Key': `erasure-message-${randomUUID()}` };
    const postMessage = (token: string, text: string, headers = {}) =>
      t.request('POST', `/v1/referrals/${id}/messages`, { token, headers, body: { body: text } });
    expect((await postMessage(receiver().contactToken, markers.receiverMessage)).status).toBe(201);
    const message = await postMessage(referrer().contactToken, markers.referrerMessage, messageKey);
    expect(message.status).toBe(201);
    expect(storeBytes()).toContain(markers.summary);

    const withdrawn = await transition(referrer().contactToken, id, {
      to: 'withdrawn-consent',
      reason: markers.withdrawalReason,
    });
    expect(withdrawn.status).toBe(200);

    const answers = {
      referral: await t.request('GET', `/v1/referrals/${id}`, { token: receiver().contactToken }),
      events: await t.request('GET', `/v1/referrals/${id}/events?limit=100`, { token: referrer().contactToken }),
      messages: await t.request('GET', `/v1/referrals/${id}/messages`, { token: receiver().contactToken }),
      createReplay: await t.request('POST', '/v1/referrals', {
        token: referrer().contactToken,
        headers: createKey,
        body,
      }),
      messageReplay: await postMessage(referrer().contactToken, markers.referrerMessage, messageKey),
    };
    expect(answers.createReplay.status).toBe(201);
    expect(answers.createReplay.headers.get('idempotent-replayed')).toBe('true');
    expect(answers.messageReplay.headers.get('idempotent-replayed')).toBe('true');
    for (const text of Object.values(markers)) {
      expect(JSON.stringify([withdrawn.body, answers])).not.toContain(text);
      expect(storeBytes(), `${text} in the store's files`).not.toContain(text);
    }

    const referral = answers.referral.body;
    expect(referral).toMatchObject({ status: 'withdrawn-consent', victim: null, caseSummary: null });
    expect(referral.erasedAt).toEqual(expect.any(String));
    expect(referral.needs).toEqual({ assistance: ['emotional-support'], victimTypes: ['robbery-theft'] });
    expect(referral.consent.method).toBe('verbal');
    expect(answers.createReplay.body).toEqual(referral);
    const events = answers.events.body.items;
    expect(events.map((e: { type: string }) => e.type).at(-1)).toBe('personal-data-erased');
    expect(events.every((e: { actor: { organisationId?: string } }) => e.actor.organisationId)).toBe(true);
    expect(events.find((e: { to: string }) => e.to === 'on-hold')).not.toHaveProperty('reason');
    expect(answers.messages.body.items).toEqual([
      expect.objectContaining({ authorOrganisationId: receiver().id, body: null, erasedAt: expect.any(String) }),
      expect.objectContaining({ authorOrganisationId: referrer().id, body: null, createdAt: message.body.createdAt }),
    ]);
    expect(answers.messageReplay.body).toEqual(answers.messages.body.items[1]);
  });

  it('works on a draft, which never reached the receiver', async () => {
    const draft = await t.request('POST', '/v1/referrals', {
      token: referrer().contactToken,
      body: referralBody({ receivingOrganisationId: receiver().id, status: 'draft' }),
    });
    const withdrawn = await transition(referrer().contactToken, draft.body.id, { to: 'withdrawn-consent' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn-consent', victim: null, caseSummary: null });
  });
});

describe('the discussion of a closed case', () => {
  it.each(closedStatuses)('takes no new message once %s', async (status) => {
    const id = await referralIn(status);
    const reply = await t.request('POST', `/v1/referrals/${id}/messages`, {
      token: referrer().contactToken,
      body: { body: 'Anything new?' },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('conflict');
  });
});
