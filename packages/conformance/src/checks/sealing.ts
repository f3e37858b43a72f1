/**
 * Sealing: the victim's story travels as a JWE only the two points of contact open. Personal
 * fields in clear are refused (422 sealing-required) when the receiver publishes keys; what the
 * sender seals, the receiver opens; the server answers only the sealed copy, which no other key opens.
 */
import { openSealed } from '@victim-referral/client/sealing';
import { generateEncryptionKeyPair, type Referral } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { clearPersonalFields, referralBody } from '../fixtures.js';
import type { CheckGroup } from '../runner.js';
import { expectFieldError, expectProblem } from './expect.js';

export const sealing: CheckGroup = {
  id: 'sealing',
  title: 'Sealing',
  async run({ session, check }) {
    const { wire, parties } = session;
    const { host, partner } = parties;
    let sent: { id: string; caseSummary: string } | undefined;
    let received: Referral | undefined;
    const needSent = () => {
      expectThat(sent, 'a sealed referral', 'none (its create failed)');
      return sent;
    };

    await check('each organisation publishes the public halves of the private keys it holds', async () => {
      for (const organisation of [host, partner]) {
        const published = await session.keysOf(organisation.id);
        for (const { d: _private, ...key } of organisation.privateKeys) {
          const found = published.find((p) => p.kid === key.kid && p.x === key.x && p.y === key.y);
          expectThat(
            found,
            `${organisation.id} publishing kid ${key.kid}`,
            `kids ${published.map((p) => p.kid).join(', ') || 'none'}`,
          );
        }
      }
    });

    await check(
      'a referral with personal fields in clear is refused with 422 sealing-required, one error per field',
      async () => {
        const answer = await wire('POST', '/v1/referrals', {
          credential: host.contactToken,
          body: referralBody(partner.id),
        });
        if (typeof answer.body?.id === 'string') session.track(answer.body.id);
        expectProblem(answer, 422, 'sealing-required');
        expectFieldError(answer, '/victim');
        expectFieldError(answer, '/caseSummary');
      },
    );

    await check('a sealed referral round-trips: the receiver opens what the sender sealed', async () => {
      const body = referralBody(partner.id);
      const created = await session.host.referrals.create(body);
      session.track(created.id);
      sent = { id: created.id, caseSummary: String(body.caseSummary) };
      received = await session.partner.referrals.get(created.id);
      const opened = await session.partner.referrals.open(received);
      expectThat(opened.caseSummary === body.caseSummary, 'the case summary as sealed', String(opened.caseSummary));
    });

    await check('the server answers the sealed copy only: no personal field in clear', async () => {
      needSent();
      expectThat(received?.sealed, 'a sealed copy', 'none');
      const inClear = clearPersonalFields('referral', received);
      expectThat(inClear.length === 0, 'no sealed field in clear', `${inClear.join(', ')} in clear`);
    });

    await check("the sealed copy is addressed to the two parties' published keys only", async () => {
      needSent();
      const published = new Set(
        [...(await session.keysOf(host.id)), ...(await session.keysOf(partner.id))].map((k) => k.kid),
      );
      const recipients = (
        (received?.sealed as { recipients?: { header?: { kid?: string } }[] } | undefined)?.recipients ?? []
      ).map((recipient) => recipient.header?.kid);
      const strangers = recipients.filter((kid) => kid === undefined || !published.has(kid));
      expectThat(
        recipients.length > 0 && strangers.length === 0,
        "only the parties' kids",
        `recipients ${recipients.join(', ')}`,
      );
    });

    await check(
      'nothing opens without the keys: a key of neither party, even under a recipient kid, fails',
      async () => {
        needSent();
        const sealedCopy = received?.sealed as { recipients?: { header?: { kid?: string } }[] } | undefined;
        const kid = sealedCopy?.recipients?.[0]?.header?.kid;
        expectThat(kid, 'a recipient kid', 'none');
        const { privateKey } = await generateEncryptionKeyPair({ kid });
        const opened = await openSealed(sealedCopy, [privateKey]).then(
          () => true,
          () => false,
        );
        expectThat(!opened, 'the sealed copy to stay closed', 'it opened with a stranger key');
      },
    );

    await check('a message in clear is refused with 422 sealing-required; a sealed one round-trips', async () => {
      const { id } = needSent();
      const clear = await wire('POST', `/v1/referrals/${id}/messages`, {
        credential: host.contactToken,
        body: { body: 'Conformance check: a message in clear.' },
      });
      expectProblem(clear, 422, 'sealing-required');
      const text = `Conformance check: a sealed message ${crypto.randomUUID()}`;
      await session.host.messages.create(id, { body: text });
      const page = await session.partner.messages.list(id, { limit: 100 });
      const opened = await Promise.all(page.items.map((message) => session.partner.messages.open(message)));
      expectThat(
        opened.some((message) => message.body === text),
        'the receiver opening the message',
        'no message with that body',
      );
    });
  },
};
