/**
 * The referral state machine, as data plus pure functions. The sandbox enforces it, the client
 * offers its helpers, the widgets show what a user may do next: all from this one table.
 */
import type { Priority, ReferralStatus } from './vocabularies.js';

/** The part an organisation plays in a referral. A self-referral's host organisation is both. */
export type ReferralRole = 'referrer' | 'receiver';

export interface TransitionRule {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly by: readonly ReferralRole[];
  /** A free-text reason must accompany the change. */
  readonly reasonRequired: boolean;
  /** An outcome code must accompany the change. */
  readonly outcomeRequired: boolean;
}

const referrer = ['referrer'] as const;
const receiver = ['receiver'] as const;
const either = ['referrer', 'receiver'] as const;

/* @__NO_SIDE_EFFECTS__ */
function rule(
  from: ReferralStatus,
  to: ReferralStatus,
  by: readonly ReferralRole[],
  needs: { reason?: true; outcome?: true } = {},
): TransitionRule {
  return { from, to, by, reasonRequired: needs.reason === true, outcomeRequired: needs.outcome === true };
}

/** Consent can be withdrawn at any point, a draft included; the personal data is then erased. */
const consentWithdrawable: readonly ReferralStatus[] = [
  'draft',
  'sent',
  'received',
  'accepted',
  'declined',
  'in-progress',
  'on-hold',
  'completed',
  'failed',
  'cancelled',
];

/** The rules given, then a consent withdrawal from every status it is allowed in. */
/* @__NO_SIDE_EFFECTS__ */
function withConsentWithdrawals(rules: readonly TransitionRule[]): readonly TransitionRule[] {
  return [...rules, ...consentWithdrawable.map((from) => rule(from, 'withdrawn-consent', referrer))];
}

export const transitionRules: readonly TransitionRule[] = withConsentWithdrawals([
  rule('draft', 'sent', referrer),
  rule('draft', 'cancelled', referrer, { reason: true }),
  rule('sent', 'received', receiver),
  rule('sent', 'accepted', receiver),
  rule('sent', 'declined', receiver, { reason: true }),
  rule('sent', 'cancelled', either, { reason: true }),
  rule('received', 'accepted', receiver),
  rule('received', 'declined', receiver, { reason: true }),
  rule('received', 'cancelled', either, { reason: true }),
  rule('accepted', 'in-progress', receiver),
  rule('accepted', 'completed', receiver, { outcome: true }),
  rule('accepted', 'failed', receiver, { outcome: true }),
  rule('accepted', 'cancelled', either, { reason: true }),
  rule('in-progress', 'on-hold', receiver, { reason: true }),
  rule('in-progress', 'completed', receiver, { outcome: true }),
  rule('in-progress', 'failed', receiver, { outcome: true }),
  rule('in-progress', 'cancelled', either, { reason: true }),
  rule('on-hold', 'in-progress', receiver),
  rule('on-hold', 'failed', receiver, { outcome: true }),
  rule('on-hold', 'cancelled', either, { reason: true }),
]);

/** Statuses from which nothing but a consent withdrawal can follow. */
export const closedStatuses: readonly ReferralStatus[] = [
  'declined',
  'completed',
  'failed',
  'cancelled',
  'withdrawn-consent',
];

/** Statuses in which the receiver has not answered yet: the ones that can be overdue. */
export const awaitingAnswerStatuses: readonly ReferralStatus[] = ['sent', 'received'];

/** Default time the receiver has to answer, per priority. The referrer may only shorten it. */
export const responseTimeframeHours: Readonly<Record<Priority, number>> = {
  routine: 120,
  urgent: 24,
  immediate: 4,
};

function rulesFor(from: ReferralStatus, roles: readonly ReferralRole[]): TransitionRule[] {
  return transitionRules.filter((r) => r.from === from && r.by.some((role) => roles.includes(role)));
}

/** The statuses a caller playing `roles` may move a referral to from `from`. */
export function allowedTransitions(from: ReferralStatus, roles: readonly ReferralRole[]): ReferralStatus[] {
  return rulesFor(from, roles).map((r) => r.to);
}

/** The rule for `from → to`, whoever may make it; undefined when the machine has no such edge. */
export function findTransitionRule(from: ReferralStatus, to: ReferralStatus): TransitionRule | undefined {
  return transitionRules.find((r) => r.from === from && r.to === to);
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; problem: 'invalid-transition'; allowed: ReferralStatus[] }
  | { ok: false; problem: 'reason-required' | 'outcome-required'; rule: TransitionRule };

/** Whether a caller playing `roles` may move a referral from `from` as `request` asks. */
export function checkTransition(
  from: ReferralStatus,
  roles: readonly ReferralRole[],
  request: { to: ReferralStatus; reason?: string | undefined; outcome?: string | undefined },
): TransitionCheck {
  const rule = rulesFor(from, roles).find((r) => r.to === request.to);
  if (!rule) return { ok: false, problem: 'invalid-transition', allowed: allowedTransitions(from, roles) };
  if (rule.reasonRequired && !request.reason?.trim()) return { ok: false, problem: 'reason-required', rule };
  if (rule.outcomeRequired && !request.outcome) return { ok: false, problem: 'outcome-required', rule };
  return { ok: true, rule };
}

/** The roles an organisation plays in a referral: none when it is neither party. */
export function rolesOf(
  referral: { referringOrganisationId: string; receivingOrganisationId: string },
  organisationId: string,
): ReferralRole[] {
  const roles: ReferralRole[] = [];
  if (referral.referringOrganisationId === organisationId) roles.push('referrer');
  if (referral.receivingOrganisationId === organisationId) roles.push('receiver');
  return roles;
}

/** The latest time the receiver may answer, for a referral sent at `sentAt`. */
export function defaultResponseDueAt(priority: Priority, sentAt: Date): Date {
  return new Date(sentAt.getTime() + responseTimeframeHours[priority] * 3_600_000);
}

/** Overdue is computed, never stored: not answered yet and past `responseDueAt`. */
export function isOverdue(
  referral: { status: ReferralStatus; responseDueAt: string },
  now: Date = new Date(),
): boolean {
  return awaitingAnswerStatuses.includes(referral.status) && Date.parse(referral.responseDueAt) < now.getTime();
}

/** Whether nothing but a consent withdrawal can follow `status`. */
export function isClosed(status: ReferralStatus): boolean {
  return closedStatuses.includes(status);
}
