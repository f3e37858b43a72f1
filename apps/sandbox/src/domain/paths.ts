import { type ReferralStatus, type TransitionRule, transitionRules } from '@victim-referral/schemas';

/** The shortest series of transitions from one status to another (breadth-first over the rules). */
export function transitionPath(from: ReferralStatus, to: ReferralStatus): TransitionRule[] {
  const queue: { status: ReferralStatus; path: TransitionRule[] }[] = [{ status: from, path: [] }];
  const seen = new Set<ReferralStatus>([from]);
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (item.status === to) return item.path;
    for (const rule of transitionRules.filter((r) => r.from === item.status && !seen.has(r.to))) {
      seen.add(rule.to);
      queue.push({ status: rule.to, path: [...item.path, rule] });
    }
  }
  throw new Error(`No way from ${from} to ${to}`);
}
