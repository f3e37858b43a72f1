import { isOverdue } from '@victim-referral/schemas';
import { describe, expect, test } from 'vitest';
import {
  ReferralConflictError,
  ReferralForbiddenError,
  ReferralInvalidTransitionError,
  ReferralNotFoundError,
  ReferralValidationError,
} from '../src/index.js';
import {
  alpha,
  alphaContact,
  alphaPublic,
  beta,
  betaContact,
  gammaContact,
  marker,
  outboxWith,
  referralBody,
} from './support.js';

async function sentReferral(label: string) {
  return alphaContact.referrals.create(referralBody(marker(label)));
}

describe('create, get and list', () => {
  test('a professional referral reaches the receiver’s inbox', async () => {
    const summary = marker('inbox');
    const created = await alphaContact.referrals.create(referralBody(summary));
    expect(created).toMatchObject({
      kind: 'professional',
      status: 'sent',
      referringOrganisationId: alpha.id,
      receivingOrganisationId: beta.id,
      caseSummary: summary,
    });
    expect(await alphaContact.referrals.get(created.id)).toEqual(created);
    expect((await betaContact.referrals.get(created.id)).id).toBe(created.id);

    const inbox = [];
    for await (const referral of betaContact.referrals.listAll({ box: 'inbox' })) inbox.push(referral.id);
    expect(inbox).toContain(created.id);
    expect(await outboxWith(summary)).toHaveLength(1);
  });

  test('list filters by box, status and priority, and overdue', async () => {
    await alphaContact.referrals.create(referralBody(marker('urgent'), { priority: 'urgent' }));
    const page = await betaContact.referrals.list({ box: 'inbox', status: 'sent', priority: 'urgent', limit: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const referral of page.items) {
      expect(referral).toMatchObject({ receivingOrganisationId: beta.id, status: 'sent', priority: 'urgent' });
    }
    const overdue = await betaContact.referrals.list({ box: 'inbox', overdue: true, limit: 100 });
    expect(overdue.items.every((referral) => isOverdue(referral))).toBe(true);
    const notOverdue = await betaContact.referrals.list({ box: 'inbox', overdue: false, limit: 100 });
    expect(notOverdue.items.some((referral) => isOverdue(referral))).toBe(false);
  });

  test('listAll walks the outbox page by page', async () => {
    await sentReferral('page one');
    await sentReferral('page two');
    const ids: string[] = [];
    for await (const referral of alphaContact.referrals.listAll({ box: 'outbox', limit: 1 })) ids.push(referral.id);
    const firstPage = await alphaContact.referrals.list({ box: 'outbox', limit: 1 });
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(firstPage.nextCursor).not.toBeNull();
  });

  test('a self-referral with a publishable key goes to the key’s own organisation', async () => {
    const { receivingOrganisationId: _, ...body } = referralBody(marker('self'));
    const created = await alphaPublic.referrals.create(body);
    expect(created).toMatchObject({ kind: 'self', receivingOrganisationId: alpha.id });
  });
});

describe('idempotency', () => {
  test('the same key and body give back the first referral, never a second', async () => {
    const summary = marker('same key');
    const idempotencyKey = crypto.randomUUID();
    const first = await alphaContact.referrals.create(referralBody(summary), { idempotencyKey });
    const again = await alphaContact.referrals.create(referralBody(summary), { idempotencyKey });
    expect(again.id).toBe(first.id);
    expect(await outboxWith(summary)).toHaveLength(1);
  });

  test('the same key with another body is a ReferralConflictError', async () => {
    const idempotencyKey = crypto.randomUUID();
    await alphaContact.referrals.create(referralBody(marker('first body')), { idempotencyKey });
    const error = await alphaContact.referrals
      .create(referralBody(marker('second body')), { idempotencyKey })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralConflictError);
    expect(error).toMatchObject({ status: 409, code: 'idempotency-conflict' });
  });
});

describe('drafts', () => {
  test('update a draft, send it, cancel it, then withdraw consent', async () => {
    const draft = await alphaContact.referrals.create(referralBody(marker('draft'), { status: 'draft' }));
    expect(draft.status).toBe('draft');
    const summary = marker('edited');
    const edited = await alphaContact.referrals.update(draft.id, { caseSummary: summary, priority: 'urgent' });
    expect(edited).toMatchObject({ caseSummary: summary, priority: 'urgent', status: 'draft' });

    expect((await alphaContact.referrals.send(draft.id)).status).toBe('sent');
    const cancelled = await alphaContact.referrals.cancel(draft.id, {
      reasonCode: 'victim-helped-elsewhere',
      reason: 'Victim found help locally',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      statusReasonCode: 'victim-helped-elsewhere',
      statusReason: 'Victim found help locally',
    });

    const withdrawn = await alphaContact.referrals.withdrawConsent(draft.id);
    expect(withdrawn).toMatchObject({ status: 'withdrawn-consent', victim: null, caseSummary: null });
    expect(withdrawn.erasedAt).toBeDefined();
  });

  test('changing a sent referral is a ReferralConflictError', async () => {
    const sent = await sentReferral('not a draft');
    const error = await alphaContact.referrals.update(sent.id, { priority: 'urgent' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralConflictError);
    expect(error).toMatchObject({ status: 409 });
  });

  test('a business rule broken is a ReferralValidationError pointing at the field', async () => {
    const tooLate = new Date(Date.now() + 365 * 24 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const error = await alphaContact.referrals
      .create(referralBody(marker('late'), { responseDueAt: tooLate }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralValidationError);
    expect(error).toMatchObject({ status: 422, code: 'validation-failed' });
    expect((error as ReferralValidationError).fieldErrors.map((f) => f.path)).toContain('/responseDueAt');
  });
});

describe('the receiver’s transitions', () => {
  test('received, accepted, in progress, on hold, in progress, completed — all in the audit trail', async () => {
    const { id } = await sentReferral('lifecycle');
    expect((await betaContact.referrals.markReceived(id)).status).toBe('received');
    expect((await betaContact.referrals.accept(id)).status).toBe('accepted');
    expect((await betaContact.referrals.start(id)).status).toBe('in-progress');
    const held = await betaContact.referrals.putOnHold(id, { reasonCode: 'awaiting-interpreter' });
    expect(held).toMatchObject({ status: 'on-hold', statusReasonCode: 'awaiting-interpreter' });
    expect((await betaContact.referrals.start(id)).status).toBe('in-progress');
    const done = await betaContact.referrals.complete(id, 'support-provided');
    expect(done).toMatchObject({ status: 'completed', outcome: 'support-provided' });

    const trail = [];
    for await (const event of alphaContact.events.listAll(id, { limit: 2 })) trail.push(event.to);
    expect(trail).toEqual(['sent', 'received', 'accepted', 'in-progress', 'on-hold', 'in-progress', 'completed']);
    const firstPage = await alphaContact.events.list(id, { limit: 2 });
    expect(firstPage.items.map((event) => event.sequence)).toEqual([1, 2]);
  });

  test('decline with a reason code, fail with an outcome, and transition directly', async () => {
    const declined = await betaContact.referrals.decline((await sentReferral('decline')).id, {
      reasonCode: 'other',
      reason: 'Only minors',
    });
    expect(declined).toMatchObject({ status: 'declined', statusReasonCode: 'other', statusReason: 'Only minors' });

    const { id } = await sentReferral('fail');
    await betaContact.referrals.transition(id, { to: 'accepted' });
    expect(await betaContact.referrals.fail(id, 'could-not-contact')).toMatchObject({
      status: 'failed',
      outcome: 'could-not-contact',
    });
  });

  test('a move the state machine forbids is a ReferralInvalidTransitionError with the allowed moves', async () => {
    const { id } = await sentReferral('invalid');
    const error = await betaContact.referrals.complete(id, 'support-provided').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralInvalidTransitionError);
    expect(error).toBeInstanceOf(ReferralConflictError);
    const { allowedTransitions } = error as ReferralInvalidTransitionError;
    expect([...allowedTransitions].sort()).toEqual(['accepted', 'cancelled', 'declined', 'received']);
  });
});

describe('access', () => {
  test('another organisation’s referral is a ReferralNotFoundError', async () => {
    const { id } = await sentReferral('private');
    const error = await gammaContact.referrals.get(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNotFoundError);
  });

  test('a publishable key may not list referrals: ReferralForbiddenError', async () => {
    const error = await alphaPublic.referrals.list({ box: 'inbox' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralForbiddenError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
