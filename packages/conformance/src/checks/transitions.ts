/**
 * Every allowed and every forbidden transition per role, from the lifecycle table of
 * `@victim-referral/schemas` (never restated here), with the reason codes a move needs.
 */
import {
  allowedTransitions,
  isClosed,
  type ReferralRole,
  type ReferralStatus,
  referralStatuses,
  transitionRules,
} from '@victim-referral/schemas';
import { CheckFailure, expectThat } from '../check.js';
import { transitionTo } from '../fixtures.js';
import type { CheckGroup, GroupContext } from '../runner.js';
import { expectRefused } from './expect.js';
import { checkReasonCodes } from './reason-codes.js';
import { pathsFrom, ReferralPool } from './referral-pool.js';

const statuses = referralStatuses.map((term) => term.code);
const roles: readonly ReferralRole[] = ['referrer', 'receiver'];
/** `a sent referral`, `an accepted referral`. */
const aReferral = (status: ReferralStatus) => `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} referral`;

/**
 * Open statuses nearest to a draft first, closed ones last: the moves checked from one status
 * leave referrals in the next ones, ready for their checks.
 */
function checkingOrder(): ReferralStatus[] {
  const distance = pathsFrom('draft');
  const rank = (status: ReferralStatus) => (isClosed(status) ? 100 : 0) + (distance.get(status)?.length ?? 50);
  return [...statuses].sort((a, b) => rank(a) - rank(b));
}

export const transitions: CheckGroup = {
  id: 'transitions',
  title: 'Transitions per role',
  async run(context) {
    const pool = new ReferralPool(context.session);
    await checkReasonCodes(context, pool);
    for (const from of checkingOrder()) {
      await checkForbidden(context, pool, from);
      await checkAllowed(context, pool, from);
    }
  },
};

async function checkForbidden({ check }: GroupContext, pool: ReferralPool, from: ReferralStatus): Promise<void> {
  let id: string | undefined;
  await check(`a referral can be brought to ${from} by the moves the table allows`, async () => {
    id = await pool.take(from);
  });
  if (id === undefined) return;
  const referralId = id;
  for (const role of roles) {
    const client = pool.clientOf(role);
    if (from === 'draft' && role === 'receiver') {
      await check('a draft is hidden from its receiver: moving it answers 404 not-found', async () => {
        await expectRefused(client.referrals.transition(referralId, transitionTo('sent')), 404, 'not-found');
      });
      continue;
    }
    const allowed = allowedTransitions(from, [role]);
    const forbidden = statuses.filter((to) => !allowed.includes(to));
    await check(
      `the ${role} cannot move ${aReferral(from)} to ${forbidden.join(', ')}: each answers 409 invalid-transition`,
      async () => {
        for (const to of forbidden) {
          await expectRefused(
            client.referrals.transition(referralId, transitionTo(to)),
            409,
            'invalid-transition',
          ).catch((error: unknown) => {
            if (error instanceof CheckFailure)
              throw new CheckFailure(`${from} → ${to}: ${error.expected}`, error.received, error.exchange);
            throw error;
          });
        }
        const after = await client.referrals.get(referralId);
        expectThat(after.status === from, `the referral still ${from}`, after.status);
      },
    );
  }
  pool.put(referralId, from);
}

async function checkAllowed({ check }: GroupContext, pool: ReferralPool, from: ReferralStatus): Promise<void> {
  for (const rule of transitionRules.filter((r) => r.from === from)) {
    for (const role of rule.by) {
      const body = transitionTo(rule.to);
      const coded = body.reasonCode === undefined ? '' : ` with the reason code ${body.reasonCode}`;
      const outcome = body.outcome === undefined ? '' : ` with the outcome ${body.outcome}`;
      await check(`the ${role} moves ${aReferral(from)} to ${rule.to}${coded}${outcome}`, async () => {
        const id = await pool.take(from);
        const moved = await pool.clientOf(role).referrals.transition(id, body);
        expectThat(moved.status === rule.to, `status ${rule.to}`, `status ${moved.status}`);
        if (body.reasonCode !== undefined) {
          expectThat(
            moved.statusReasonCode === body.reasonCode,
            `statusReasonCode ${body.reasonCode}`,
            `statusReasonCode ${moved.statusReasonCode ?? '(none)'}`,
          );
        }
        pool.put(id, rule.to);
      });
    }
  }
}
