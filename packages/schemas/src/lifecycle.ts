/**
 * The referral state machine, as data plus pure functions. The sandbox enforces it, the client
 * offers its helpers, the widgets show what a user may do next: all from this one table.
 */
import {
  cancellationReasons,
  declineReasons,
  holdReasons,
  type Priority,
  type ReasonCode,
  type ReferralStatus,
} from './vocabularies.js';

/** The part an organisation plays in a referral. A self-referral's host organisation is both. */
export type ReferralRole = 'referrer' | 'receiver';

export interface TransitionRule {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly by: readonly ReferralRole[];
  /** A reason code of the target status (`reasonCodesByStatus`) must accompany the change. */
  readonly reasonCodeRequired: boolean;
  /** An outcome code must accompany the change. */
  readonly outcomeRequired: boolean;
}

/**
 * The statuses a move to which must say why, each with its own vocabulary of reason codes. The
 * free-text `reason` is optional, and required only with the code `other`.
 */
export const reasonCodesByStatus = {
  declined: declineReasons,
  cancelled: cancellationReasons,
  'on-hold': holdReasons,
} as const;

/** The reason codes a move to `status` takes: none for a status that needs no reason. */
export function reasonCodesFor(status: ReferralStatus): readonly ReasonCode[] {
  const terms = (reasonCodesByStatus as Partial<Record<ReferralStatus, readonly { code: ReasonCode }[]>>)[status];
  return terms?.map((term) => term.code) ?? [];
}

/** Every reason code of every status, once each. */
/* @__NO_SIDE_EFFECTS__ */
export function allReasonCodes(): [ReasonCode, ...ReasonCode[]] {
  const codes = Object.values(reasonCodesByStatus).flatMap((terms) => terms.map((term) => term.code));
  return [...new Set(codes)] as [ReasonCode, ...ReasonCode[]];
}

const referrer = ['referrer'] as const;
const receiver = ['receiver'] as const;
const either = ['referrer', 'receiver'] as const;

/* @__NO_SIDE_EFFECTS__ */
function rule(
  from: ReferralStatus,
  to: ReferralStatus,
  by: readonly ReferralRole[],
  needs: { outcome?: true } = {},
): TransitionRule {
  return { from, to, by, reasonCodeRequired: to in reasonCodesByStatus, outcomeRequired: needs.outcome === true };
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
  rule('draft', 'cancelled', referrer),
  rule('sent', 'received', receiver),
  rule('sent', 'accepted', receiver),
  rule('sent', 'declined', receiver),
  rule('sent', 'cancelled', either),
  rule('received', 'accepted', receiver),
  rule('received', 'declined', receiver),
  rule('received', 'cancelled', either),
  rule('accepted', 'in-progress', receiver),
  rule('accepted', 'completed', receiver, { outcome: true }),
  rule('accepted', 'failed', receiver, { outcome: true }),
  rule('accepted', 'cancelled', either),
  rule('in-progress', 'on-hold', receiver),
  rule('in-progress', 'completed', receiver, { outcome: true }),
  rule('in-progress', 'failed', receiver, { outcome: true }),
  rule('in-progress', 'cancelled', either),
  rule('on-hold', 'in-progress', receiver),
  rule('on-hold', 'failed', receiver, { outcome: true }),
  rule('on-hold', 'cancelled', either),
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

/** Statuses in which the receiver holds the case and may refer it onward (`basedOn`). */
export const onwardStatuses: readonly ReferralStatus[] = ['accepted', 'in-progress', 'on-hold'];

/** Whether the victim's consent to a referral includes referring it onward within the network. */
export function consentAllowsOnward(consent: { purposes: readonly string[] }): boolean {
  return consent.purposes.includes('refer-onward');
}

/** Whether the receiver of `referral` may refer it onward now: it holds the case and consent allows it. */
export function mayReferOnward(referral: {
  status: ReferralStatus;
  consent: { purposes: readonly string[] };
}): boolean {
  return onwardStatuses.includes(referral.status) && consentAllowsOnward(referral.consent);
}

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

/** A request field the rule of the transition finds missing or wrong. */
export type TransitionFieldProblem =
  | 'reason-code-required'
  | 'reason-code-not-for-status'
  | 'reason-required'
  | 'outcome-required';

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; problem: 'invalid-transition'; allowed: ReferralStatus[] }
  | {
      ok: false;
      problem: TransitionFieldProblem;
      field: 'reasonCode' | 'reason' | 'outcome';
      rule: TransitionRule;
      /** The reason codes the target status takes (empty when it takes none). */
      reasonCodes: readonly ReasonCode[];
    };

export interface TransitionAsked {
  to: ReferralStatus;
  reasonCode?: string | undefined;
  reason?: string | undefined;
  outcome?: string | undefined;
}

function fieldProblemOf(rule: TransitionRule, request: TransitionAsked) {
  const reasonCodes = reasonCodesFor(rule.to);
  const problem = (p: TransitionFieldProblem, field: 'reasonCode' | 'reason' | 'outcome') =>
    ({ ok: false, problem: p, field, rule, reasonCodes }) as const;
  if (request.reasonCode === undefined) {
    if (rule.reasonCodeRequired) return problem('reason-code-required', 'reasonCode');
  } else if (!(reasonCodes as readonly string[]).includes(request.reasonCode)) {
    return problem('reason-code-not-for-status', 'reasonCode');
  }
  if (request.reasonCode === 'other' && !request.reason?.trim()) return problem('reason-required', 'reason');
  if (rule.outcomeRequired && !request.outcome) return problem('outcome-required', 'outcome');
  return undefined;
}

/** Whether a caller playing `roles` may move a referral from `from` as `request` asks. */
export function checkTransition(
  from: ReferralStatus,
  roles: readonly ReferralRole[],
  request: TransitionAsked,
): TransitionCheck {
  const rule = rulesFor(from, roles).find((r) => r.to === request.to);
  if (!rule) return { ok: false, problem: 'invalid-transition', allowed: allowedTransitions(from, roles) };
  return fieldProblemOf(rule, request) ?? { ok: true, rule };
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
