/**
 * Every edge of the state machine, table-driven from `transitionRules`: each allowed transition
 * by each role that may make it, and each forbidden one answered 409 with what is allowed.
 */
import {
  allowedTransitions,
  type ReferralRole,
  type ReferralStatus,
  reasonCodesFor,
  referralStatuses,
  type TransitionRule,
  transitionRules,
} from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { transitionPath } from '../src/domain/paths.js';
import { referralBody, useSandbox } from './support/sandbox.js';

// One referral per case from one token and address: more creates than a minute's budget allows.
const t = useSandbox({ rateLimit: { createLimit: 10_000 } });
const tokenOf = (role: ReferralRole) => (role === 'referrer' ? t.org(10).contactToken : t.org(11).contactToken);

function requestFor(rule: Pick<TransitionRule, 'to' | 'reasonCodeRequired' | 'outcomeRequired'>) {
  return {
    to: rule.to,
    ...(rule.reasonCodeRequired && { reasonCode: reasonCodesFor(rule.to)[0] }),
    ...(rule.outcomeRequired && { outcome: 'support-provided' }),
  };
}

/** A new referral from organisation 10 to 11, moved through the machine to `status` (via `sent`). */
async function referralIn(status: ReferralStatus): Promise<string> {
  const start = status === 'draft' ? 'draft' : 'sent';
  const created = await t.request('POST', '/v1/referrals', {
    token: t.org(10).contactToken,
    body: referralBody({ receivingOrganisationId: t.org(11).id, status: start }),
  });
  const id: string = created.body.id;
  for (const rule of transitionPath(start, status)) {
    const reply = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token: tokenOf(rule.by[0] ?? 'referrer'),
      body: requestFor(rule),
    });
    expect(reply.status).toBe(200);
  }
  return id;
}

const allowed = transitionRules.flatMap((rule) => rule.by.map((role) => ({ ...rule, role })));

describe('allowed transitions', () => {
  it.each(allowed)('$from → $to by the $role', async (rule) => {
    const id = await referralIn(rule.from);
    const token = tokenOf(rule.role);
    if (rule.reasonCodeRequired || rule.outcomeRequired) {
      const missing = await t.request('POST', `/v1/referrals/${id}/transitions`, {
        token,
        body: { to: rule.to, reason: 'Free text alone is not enough' },
      });
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('validation-failed');
      expect(missing.body.errors[0].path).toBe(rule.reasonCodeRequired ? '/reasonCode' : '/outcome');
    }
    const reply = await t.request('POST', `/v1/referrals/${id}/transitions`, { token, body: requestFor(rule) });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe(rule.to);
    expect(reply.body.statusReasonCode).toBe(reasonCodesFor(rule.to)[0]);
    const events = await t.request('GET', `/v1/referrals/${id}/events?limit=100`, { token });
    const transitioned = events.body.items.filter((e: { type: string }) => e.type === 'transitioned').at(-1);
    expect(transitioned).toMatchObject({ from: rule.from, to: rule.to, actor: { role: rule.role } });
    expect(transitioned.reasonCode).toBe(reasonCodesFor(rule.to)[0]);
  });
});

const coded = allowed.filter((rule) => rule.reasonCodeRequired);
const uncoded = allowed.filter((rule) => !rule.reasonCodeRequired);

describe('reason codes', () => {
  it.each(coded)('$from → $to by the $role refuses another status’s code and other without a reason', async (rule) => {
    const id = await referralIn(rule.from);
    const token = tokenOf(rule.role);
    const foreign = reasonCodesFor(rule.to === 'declined' ? 'on-hold' : 'declined').find(
      (code) => !reasonCodesFor(rule.to).includes(code),
    );
    const wrong = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token,
      body: { to: rule.to, reasonCode: foreign },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ path: '/reasonCode', code: 'not-for-status' });
    const bare = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token,
      body: { to: rule.to, reasonCode: 'other' },
    });
    expect(bare.status).toBe(422);
    expect(bare.body.errors[0]).toMatchObject({ path: '/reason', code: 'required' });
    const after = await t.request('GET', `/v1/referrals/${id}`, { token: tokenOf('referrer') });
    expect(after.body.status).toBe(rule.from);
  });

  it.each(uncoded)('$from → $to by the $role takes no reason code', async (rule) => {
    const id = await referralIn(rule.from);
    const reply = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token: tokenOf(rule.role),
      body: { ...requestFor(rule), reasonCode: 'other', reason: 'Not asked for' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0]).toMatchObject({ path: '/reasonCode', code: 'not-for-status' });
  });
});

const statuses = referralStatuses.map((s) => s.code);
const forbidden = statuses.flatMap((from) =>
  (['referrer', 'receiver'] as const).flatMap((role) =>
    statuses.filter((to) => !allowedTransitions(from, [role]).includes(to)).map((to) => ({ from, to, role })),
  ),
);

describe('forbidden transitions', () => {
  const referrals = new Map<ReferralStatus, Promise<string>>();
  const referralFor = (status: ReferralStatus) => {
    if (!referrals.has(status)) referrals.set(status, referralIn(status));
    return referrals.get(status) as Promise<string>;
  };

  it.each(forbidden)('$from → $to by the $role', async ({ from, to, role }) => {
    const id = await referralFor(from);
    const reply = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token: tokenOf(role),
      body: { to, reasonCode: 'other', reason: 'Trying anyway', outcome: 'other' },
    });
    if (from === 'draft' && role === 'receiver') {
      // The receiver does not see drafts at all.
      expect(reply.status).toBe(404);
      return;
    }
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('invalid-transition');
    expect(reply.body.allowedTransitions).toEqual(allowedTransitions(from, [role]));
    const after = await t.request('GET', `/v1/referrals/${id}`, { token: tokenOf('referrer') });
    expect(after.body.status).toBe(from);
  });
});
