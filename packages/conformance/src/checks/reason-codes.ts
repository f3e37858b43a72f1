/**
 * The codes a move must carry: a reason code of the target status's own vocabulary (and free
 * text with `other`), an outcome where the table asks for one; each missing or wrong one is a 422
 * naming its field. Part of the transitions group.
 */
import {
  type ReferralStatus,
  reasonCodesByStatus,
  reasonCodesFor,
  referralStatuses,
  transitionRules,
} from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { transitionTo } from '../fixtures.js';
import type { GroupContext } from '../runner.js';
import { expectRefused } from './expect.js';
import type { ReferralPool } from './referral-pool.js';

/** Runs `body` on a referral in `status` that it leaves in `status` (else it says where it left it). */
async function onReferralAt(
  pool: ReferralPool,
  status: ReferralStatus,
  body: (id: string) => Promise<ReferralStatus | undefined>,
): Promise<void> {
  const id = await pool.take(status);
  let leftIn: ReferralStatus | undefined = status;
  try {
    leftIn = await body(id);
  } finally {
    if (leftIn !== undefined) pool.put(id, leftIn);
  }
}

export async function checkReasonCodes({ check }: GroupContext, pool: ReferralPool): Promise<void> {
  const allCodes = referralStatuses.flatMap((term) => reasonCodesFor(term.code));
  for (const status of Object.keys(reasonCodesByStatus) as ReferralStatus[]) {
    const rule = transitionRules.find((r) => r.to === status && r.reasonCodeRequired);
    if (!rule) continue;
    const client = pool.clientOf(rule.by[0] ?? 'referrer');
    const own = reasonCodesFor(status);
    const foreign = allCodes.find((code) => !own.includes(code));

    await check(`a move to ${status} without a reason code is refused with 422 naming /reasonCode`, () =>
      onReferralAt(pool, rule.from, async (id) => {
        await expectRefused(client.referrals.transition(id, { to: status }), 422, 'validation-failed', '/reasonCode');
        return rule.from;
      }),
    );
    if (foreign !== undefined) {
      await check(
        `a move to ${status} with ${foreign}, a code of another status, is refused with 422 naming /reasonCode`,
        () =>
          onReferralAt(pool, rule.from, async (id) => {
            const body = { ...transitionTo(status), reasonCode: foreign };
            await expectRefused(client.referrals.transition(id, body), 422, 'validation-failed', '/reasonCode');
            return rule.from;
          }),
      );
    }
    if (own.includes('other')) {
      await check(`a move to ${status} with the code other and no reason is refused with 422 naming /reason`, () =>
        onReferralAt(pool, rule.from, async (id) => {
          const body = { ...transitionTo(status), reasonCode: 'other' as const };
          await expectRefused(client.referrals.transition(id, body), 422, 'validation-failed', '/reason');
          return rule.from;
        }),
      );
    }
  }

  const needsOutcome = transitionRules.find((r) => r.outcomeRequired);
  if (needsOutcome) {
    await check(`a move to ${needsOutcome.to} without an outcome is refused with 422 naming /outcome`, () =>
      onReferralAt(pool, needsOutcome.from, async (id) => {
        const client = pool.clientOf(needsOutcome.by[0] ?? 'receiver');
        await expectRefused(
          client.referrals.transition(id, { to: needsOutcome.to }),
          422,
          'validation-failed',
          '/outcome',
        );
        return needsOutcome.from;
      }),
    );
  }

  const coded = transitionRules.find((r) => r.reasonCodeRequired);
  if (coded) {
    const body = transitionTo(coded.to);
    await check(`the audit trail keeps the reason code of a move to ${coded.to}`, () =>
      onReferralAt(pool, coded.from, async (id) => {
        const client = pool.clientOf(coded.by[0] ?? 'receiver');
        await client.referrals.transition(id, body);
        const events = [];
        for await (const event of client.events.listAll(id)) events.push(event);
        const moved = events.findLast((event) => event.type === 'transitioned' && event.to === coded.to);
        expectThat(moved, `a transitioned event to ${coded.to}`, `events ${events.map((e) => e.type).join(', ')}`);
        expectThat(
          moved.reasonCode === body.reasonCode,
          `reasonCode ${body.reasonCode}`,
          `reasonCode ${moved.reasonCode ?? '(none)'}`,
        );
        return coded.to;
      }),
    );
  }
}
