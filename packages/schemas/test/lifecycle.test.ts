import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  checkTransition,
  defaultResponseDueAt,
  isOverdue,
  reasonCodesByStatus,
  reasonCodesFor,
  referralStatuses,
  rolesOf,
  transitionRules,
} from '../src/index.js';

describe('referral state machine', () => {
  it('lets the receiver answer a sent referral, and the referrer only cancel it', () => {
    expect(allowedTransitions('sent', ['receiver']).sort()).toEqual(['accepted', 'cancelled', 'declined', 'received']);
    expect(allowedTransitions('sent', ['referrer']).sort()).toEqual(['cancelled', 'withdrawn-consent']);
  });

  it('gives a self-referral host both roles', () => {
    expect(rolesOf({ referringOrganisationId: 'a', receivingOrganisationId: 'a' }, 'a')).toEqual([
      'referrer',
      'receiver',
    ]);
    expect(rolesOf({ referringOrganisationId: 'a', receivingOrganisationId: 'b' }, 'c')).toEqual([]);
  });

  it('refuses an edge the machine does not have, naming what is allowed', () => {
    const check = checkTransition('draft', ['referrer'], { to: 'completed' });
    expect(check).toEqual({
      ok: false,
      problem: 'invalid-transition',
      allowed: ['sent', 'cancelled', 'withdrawn-consent'],
    });
  });

  it('requires a reason code to decline and an outcome to complete', () => {
    expect(checkTransition('received', ['receiver'], { to: 'declined', reason: 'Full' })).toMatchObject({
      problem: 'reason-code-required',
      field: 'reasonCode',
      reasonCodes: reasonCodesFor('declined'),
    });
    expect(checkTransition('received', ['receiver'], { to: 'declined', reasonCode: 'no-capacity' }).ok).toBe(true);
    expect(checkTransition('in-progress', ['receiver'], { to: 'completed' })).toMatchObject({
      problem: 'outcome-required',
    });
    expect(checkTransition('in-progress', ['receiver'], { to: 'completed', outcome: 'support-provided' }).ok).toBe(
      true,
    );
  });

  it('takes only the target status’s own reason codes, and free text only as an option but for other', () => {
    expect(checkTransition('in-progress', ['receiver'], { to: 'on-hold', reasonCode: 'outside-area' })).toMatchObject({
      problem: 'reason-code-not-for-status',
      field: 'reasonCode',
    });
    expect(checkTransition('accepted', ['receiver'], { to: 'in-progress', reasonCode: 'other' })).toMatchObject({
      problem: 'reason-code-not-for-status',
      reasonCodes: [],
    });
    expect(checkTransition('sent', ['referrer'], { to: 'cancelled', reasonCode: 'other', reason: ' ' })).toMatchObject({
      problem: 'reason-required',
      field: 'reason',
    });
    expect(checkTransition('sent', ['referrer'], { to: 'cancelled', reasonCode: 'other', reason: 'Moved' }).ok).toBe(
      true,
    );
  });

  it('asks a reason code on every move to a status of the reason table, and never to withdraw consent', () => {
    for (const rule of transitionRules) {
      expect(rule.reasonCodeRequired, `${rule.from} → ${rule.to}`).toBe(rule.to in reasonCodesByStatus);
    }
    for (const terms of Object.values(reasonCodesByStatus)) expect(terms.map((t) => t.code)).toContain('other');
    expect(checkTransition('accepted', ['referrer'], { to: 'withdrawn-consent' }).ok).toBe(true);
    expect(reasonCodesFor('withdrawn-consent')).toEqual([]);
  });

  it('only uses known statuses and never leaves withdrawn-consent', () => {
    const codes = referralStatuses.map((s) => s.code);
    for (const rule of transitionRules) {
      expect(codes).toContain(rule.from);
      expect(codes).toContain(rule.to);
    }
    expect(allowedTransitions('withdrawn-consent', ['referrer', 'receiver'])).toEqual([]);
  });

  it('computes the default response time and overdue state', () => {
    const sent = new Date('2026-01-01T10:00:00Z');
    expect(defaultResponseDueAt('urgent', sent).toISOString()).toBe('2026-01-02T10:00:00.000Z');
    const referral = { status: 'sent' as const, responseDueAt: '2026-01-02T10:00:00Z' };
    expect(isOverdue(referral, new Date('2026-01-02T10:00:01Z'))).toBe(true);
    expect(isOverdue(referral, new Date('2026-01-02T09:59:59Z'))).toBe(false);
    expect(isOverdue({ ...referral, status: 'accepted' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
