import { awaitingAnswerStatuses, type Priority, type Referral } from '@victim-referral/schemas';

/** An unanswered referral is "due soon" in its last quarter of the answer time, as the server's `due-soon` event. */
const dueSoonShare = 0.25;

export type Deadline = 'overdue' | 'due-soon' | 'on-time' | 'answered';

type Timed = Pick<Referral, 'status' | 'responseDueAt' | 'sentAt' | 'createdAt'>;

/** Where a referral stands against its answer deadline at `now`. */
export function deadlineOf(referral: Timed, now: number): Deadline {
  if (!awaitingAnswerStatuses.includes(referral.status)) return 'answered';
  const due = Date.parse(referral.responseDueAt);
  if (due <= now) return 'overdue';
  const start = Date.parse(referral.sentAt ?? referral.createdAt);
  return due - now <= (due - start) * dueSoonShare ? 'due-soon' : 'on-time';
}

const urgentPriorities: readonly Priority[] = ['urgent', 'immediate'];

export function isUrgent(priority: Priority): boolean {
  return urgentPriorities.includes(priority);
}

/**
 * What needs attention first: unanswered referrals past their deadline, then every other by its
 * deadline, soonest first (answered ones after the unanswered).
 */
export function byAttention<R extends Timed>(referrals: readonly R[], now: number): R[] {
  const rank = (referral: R) => ({ overdue: 0, 'due-soon': 1, 'on-time': 1, answered: 2 })[deadlineOf(referral, now)];
  return [...referrals].sort((a, b) => rank(a) - rank(b) || Date.parse(a.responseDueAt) - Date.parse(b.responseDueAt));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** The time from `now` to `at` in the largest unit that fits, rounded: `[3, 'hour']`, `[-2, 'day']`. */
export function timeUntil(at: string, now: number): [number, Intl.RelativeTimeFormatUnit] {
  const delta = Date.parse(at) - now;
  for (const [unit, ms] of units) {
    if (Math.abs(delta) >= ms) return [Math.trunc(delta / ms), unit];
  }
  return [Math.trunc(delta / 60_000), 'minute'];
}
