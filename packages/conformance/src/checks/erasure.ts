/**
 * Erasure after consent withdrawal: the referral's personal data (its sealed copy and every clear
 * personal field) and its messages' bodies are gone; the shell stays for audit, the case is closed
 * to new messages, and a retried create answers the erased record.
 */
import { idempotencyKeyHeader } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { clearPersonalFields, sealed } from '../fixtures.js';
import type { Json } from '../http.js';
import type { CheckGroup } from '../runner.js';
import { expectProblem, expectStatus } from './expect.js';

/** The personal fields a record still carries: its sealed copy, and any the sealing table seals. */
const personalFieldsOf = (record: 'referral' | 'message', value: Json) => [
  ...(value?.sealed === undefined ? [] : ['sealed']),
  ...clearPersonalFields(record, value),
];

export const erasure: CheckGroup = {
  id: 'erasure',
  title: 'Erasure after consent withdrawal',
  async run({ session, check }) {
    const { wire, parties } = session;
    const credential = parties.host.contactToken;
    const key = crypto.randomUUID();
    let body: unknown;
    let id: string | undefined;
    const needReferral = () => {
      expectThat(id, 'a referral whose consent was withdrawn', 'none (an earlier step failed)');
      return id;
    };

    await check('withdrawing consent moves a referral with a message to withdrawn-consent', async () => {
      body = await session.sealedReferralBody();
      const created = await wire('POST', '/v1/referrals', {
        credential,
        body,
        headers: { [idempotencyKeyHeader]: key },
      });
      expectStatus(created, 201);
      session.track(created.body.id);
      const message = await sealed(
        'message',
        { body: 'Conformance check: to be erased.' },
        await session.hostToPartnerKeys(),
      );
      await session.host.messages.create(created.body.id, message);
      const withdrawn = await session.host.referrals.withdrawConsent(created.body.id);
      expectThat(withdrawn.status === 'withdrawn-consent', 'status withdrawn-consent', withdrawn.status);
      id = created.body.id;
    });

    await check(
      'the erased referral keeps no personal data, for either party, and says when it was erased',
      async () => {
        const referralId = needReferral();
        for (const token of [parties.host.contactToken, parties.partner.contactToken]) {
          const answer = await wire('GET', `/v1/referrals/${referralId}`, { credential: token });
          expectStatus(answer, 200);
          const left = personalFieldsOf('referral', answer.body);
          expectThat(left.length === 0, 'no personal field', `${left.join(', ')} still there`, answer);
          expectThat(answer.body.erasedAt, 'erasedAt set', 'no erasedAt', answer);
        }
      },
    );

    await check("the erased referral's messages keep no body", async () => {
      const referralId = needReferral();
      const answer = await wire('GET', `/v1/referrals/${referralId}/messages`, {
        credential: parties.partner.contactToken,
      });
      expectStatus(answer, 200);
      const items: Json[] = answer.body.items ?? [];
      expectThat(items.length > 0, 'the message, erased', 'no message at all', answer);
      const kept = items.filter((message) => personalFieldsOf('message', message).length > 0);
      expectThat(
        kept.length === 0,
        'every body erased',
        `${kept.length} of ${items.length} messages still readable`,
        answer,
      );
    });

    await check('the closed case takes no new message: 409', async () => {
      const referralId = needReferral();
      const message = await sealed(
        'message',
        { body: 'Conformance check: too late.' },
        await session.hostToPartnerKeys(),
      );
      const answer = await wire('POST', `/v1/referrals/${referralId}/messages`, { credential, body: message });
      expectProblem(answer, 409);
    });

    await check('a retried create after the erasure answers the erased record, never the first answer', async () => {
      const referralId = needReferral();
      const retry = await wire('POST', '/v1/referrals', { credential, body, headers: { [idempotencyKeyHeader]: key } });
      expectThat(retry.status === 200 || retry.status === 201, '201 (or 200)', `${retry.status}`, retry);
      expectThat(retry.body?.id === referralId, `referral ${referralId}`, `referral ${retry.body?.id}`, retry);
      const left = personalFieldsOf('referral', retry.body);
      expectThat(left.length === 0, 'no personal field', `${left.join(', ')} in the replay`, retry);
    });
  },
};
