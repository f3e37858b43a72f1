/**
 * Referrals waiting in a given status, for the transition checks. A referral is taken from the
 * pool, moved, and put back under its new status, so one create serves several checks; when none
 * waits in a status, a new one is created and driven there along the shortest path of the
 * lifecycle table, each move made by a party the table allows.
 */
import type { ReferralClient } from '@victim-referral/client';
import { type ReferralRole, type ReferralStatus, type TransitionRule, transitionRules } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { referralBody, transitionTo } from '../fixtures.js';
import type { Session } from '../session.js';

/** The moves from `start` to every status reachable from it, shortest first (breadth first). */
export function pathsFrom(start: ReferralStatus): Map<ReferralStatus, TransitionRule[]> {
  const paths = new Map<ReferralStatus, TransitionRule[]>([[start, []]]);
  const queue: ReferralStatus[] = [start];
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    const path = paths.get(from) ?? [];
    for (const rule of transitionRules.filter((r) => r.from === from)) {
      if (paths.has(rule.to)) continue;
      paths.set(rule.to, [...path, rule]);
      queue.push(rule.to);
    }
  }
  return paths;
}

export class ReferralPool {
  readonly #waiting = new Map<ReferralStatus, string[]>();
  // Only a draft is made as a draft: every other status is reached through `sent`, so that the
  // receiver sees the referral (a draft, and what it becomes unsent, is hidden from the receiver).
  readonly #paths = pathsFrom('sent');

  constructor(readonly session: Session) {}

  /** The client of the party playing `role` (the host refers, the partner receives). */
  clientOf(role: ReferralRole): ReferralClient {
    return role === 'referrer' ? this.session.host : this.session.partner;
  }

  /** A referral in `status`: one waiting there, else a new one driven there. */
  async take(status: ReferralStatus): Promise<string> {
    const waiting = this.#waiting.get(status)?.pop();
    if (waiting !== undefined) return waiting;
    const first = status === 'draft' ? 'draft' : 'sent';
    const referral = await this.session.host.referrals.create(
      referralBody(this.session.parties.partner.id, { status: first }),
    );
    this.session.track(referral.id);
    for (const rule of status === 'draft' ? [] : (this.#paths.get(status) ?? [])) {
      const moved = await this.clientOf(rule.by[0] ?? 'referrer').referrals.transition(
        referral.id,
        transitionTo(rule.to),
      );
      expectThat(moved.status === rule.to, `${rule.from} → ${rule.to} on the way to ${status}`, moved.status);
    }
    return referral.id;
  }

  put(id: string, status: ReferralStatus): void {
    const waiting = this.#waiting.get(status) ?? [];
    waiting.push(id);
    this.#waiting.set(status, waiting);
  }
}
