/** Idempotency: a retried create never makes a second record; a key reused for another body is a conflict. */
import { idempotencyKeyHeader, idempotentReplayedHeader } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { sealed } from '../fixtures.js';
import type { WireAnswer } from '../http.js';
import type { CheckGroup } from '../runner.js';
import { expectProblem, expectStatus } from './expect.js';

const concurrentRetries = 3;

export const idempotency: CheckGroup = {
  id: 'idempotency',
  title: 'Idempotency',
  async run({ session, check }) {
    const { wire, parties } = session;
    const credential = parties.host.contactToken;
    const key = crypto.randomUUID();
    const create = (body: unknown, idempotencyKey: string) =>
      wire('POST', '/v1/referrals', { credential, body, headers: { [idempotencyKeyHeader]: idempotencyKey } });
    const tracked = (answer: WireAnswer) => {
      if (typeof answer.body?.id === 'string') session.track(answer.body.id);
      return answer;
    };
    let firstBody: unknown;

    await check(
      `a create retried with the same ${idempotencyKeyHeader} and body answers the first referral, marked ${idempotentReplayedHeader}`,
      async () => {
        firstBody = await session.sealedReferralBody();
        const first = tracked(await create(firstBody, key));
        expectStatus(first, 201);
        const retry = tracked(await create(firstBody, key));
        expectThat(
          retry.status === 201 || retry.status === 200,
          '201 (or 200) for the retry',
          `${retry.status}`,
          retry,
        );
        expectThat(
          retry.body?.id === first.body.id,
          `the first referral ${first.body.id}`,
          `referral ${retry.body?.id}`,
          retry,
        );
        expectThat(
          retry.headers.get(idempotentReplayedHeader) === 'true',
          `${idempotentReplayedHeader}: true on the retry`,
          retry.headers.get(idempotentReplayedHeader) ?? 'no such header',
          retry,
        );
      },
    );

    await check(`${concurrentRetries} concurrent retries with one key make one referral`, async () => {
      const body = await session.sealedReferralBody();
      const concurrentKey = crypto.randomUUID();
      const answers = (
        await Promise.all(Array.from({ length: concurrentRetries }, () => create(body, concurrentKey)))
      ).map(tracked);
      const created = answers.filter((answer) => answer.status === 200 || answer.status === 201);
      expectThat(created.length > 0, 'at least one 201', answers.map((a) => a.status).join(', '));
      const ids = new Set(created.map((answer) => answer.body.id));
      expectThat(ids.size === 1, 'one referral id in every answer', `${ids.size} referrals: ${[...ids].join(', ')}`);
      const refused = answers.filter((answer) => !created.includes(answer));
      for (const answer of refused) expectProblem(answer, 409);
    });

    await check(
      `another body with a used ${idempotencyKeyHeader} is refused with 409 idempotency-conflict`,
      async () => {
        const other = tracked(await create(await session.sealedReferralBody({ priority: 'urgent' }), key));
        expectProblem(other, 409, 'idempotency-conflict');
      },
    );

    await check('a message retried with the same key is posted once', async () => {
      const referral = await session.host.referrals.create(await session.sealedReferralBody());
      session.track(referral.id);
      const messageKey = crypto.randomUUID();
      // Sealed once: sealing again would make another body, which the key must refuse.
      const text = { body: 'Conformance check: a message posted twice.' };
      const body = await sealed('message', text, await session.hostToPartnerKeys());
      const first = await session.host.messages.create(referral.id, body, { idempotencyKey: messageKey });
      const retry = await session.host.messages.create(referral.id, body, { idempotencyKey: messageKey });
      expectThat(retry.id === first.id, `the first message ${first.id}`, `message ${retry.id}`);
      const page = await session.host.messages.list(referral.id, { limit: 100 });
      expectThat(page.items.length === 1, 'one message on the referral', `${page.items.length} messages`);
    });
  },
};
