/**
 * Webhooks, when the kit is given a receiver the server can reach: the partner subscribes, and
 * what happens to its referrals arrives signed with the subscription's secret, carrying ids only.
 */
import { verifyWebhook } from '@victim-referral/client/webhooks';
import { webhookEventTypes, webhookSignatureHeader } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { caseMarker } from '../fixtures.js';
import type { CheckGroup } from '../runner.js';
import { type Delivery, startWebhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';

/** How long a delivery may take to arrive. */
const deliveryTimeoutMs = 15_000;

export const webhooks: CheckGroup = {
  id: 'webhooks',
  title: 'Webhooks',
  async run({ session, check, skip }) {
    const options = session.webhookReceiver;
    if (!options) {
      skip(
        'webhook deliveries are signed and carry ids only',
        'no --webhook-receiver given (a URL the server can reach, on which the kit listens)',
      );
      return;
    }
    const { url } = options;
    const receiver = await startWebhookReceiver(options);
    try {
      await runWithReceiver(receiver);
    } finally {
      await receiver.close();
    }

    async function runWithReceiver(receiver: WebhookReceiver): Promise<void> {
      let subscription: { id: string; secret: string } | undefined;
      let referralId: string | undefined;
      const about = (id: string | undefined, type: string) => (delivery: Delivery) =>
        id !== undefined && delivery.body.includes(id) && delivery.body.includes(`"${type}"`);

      await check(`the partner subscribes ${url} to every event`, async () => {
        const events = webhookEventTypes.map((term) => term.code);
        const created = await session.partner.webhooks.create({ url, events });
        subscription = { id: created.id, secret: created.secret };
      });
      if (!subscription) return;
      const { secret } = subscription;

      try {
        await check(
          "a referral sent to the partner is announced as referral.received, signed with the subscription's secret",
          async () => {
            const referral = await session.host.referrals.create(await session.sealedReferralBody());
            session.track(referral.id);
            referralId = referral.id;
            const delivery = await receiver.waitFor(about(referral.id, 'referral.received'), deliveryTimeoutMs);
            expectThat(
              delivery,
              `a delivery within ${deliveryTimeoutMs / 1000} s`,
              `${receiver.deliveries.length} other deliveries`,
            );
            const signature = delivery.headers[webhookSignatureHeader.toLowerCase()];
            const event = await verifyWebhook(delivery.body, String(signature), secret).catch((error: Error) => error);
            expectThat(!(event instanceof Error), 'a valid signature', event instanceof Error ? event.message : '');
            expectThat(
              event.organisationId === session.parties.partner.id,
              `organisationId ${session.parties.partner.id}`,
              event.organisationId,
            );
          },
        );

        await check('a delivery carries ids and codes only, never victim data', async () => {
          const deliveries = receiver.deliveries.filter((delivery) => referralId && delivery.body.includes(referralId));
          expectThat(deliveries.length > 0, 'a delivery about the referral', 'none');
          const leaking = deliveries.filter(
            (delivery) => delivery.body.includes(caseMarker) || delivery.body.includes('"sealed"'),
          );
          expectThat(
            leaking.length === 0,
            'no case summary or sealed copy',
            `${leaking.length} deliveries with victim data`,
          );
        });

        await check('a transition is announced as referral.transitioned', async () => {
          expectThat(referralId, 'the referral announced above', 'none');
          await session.partner.referrals.markReceived(referralId);
          const delivery = await receiver.waitFor(about(referralId, 'referral.transitioned'), deliveryTimeoutMs);
          expectThat(delivery, `a delivery within ${deliveryTimeoutMs / 1000} s`, 'none');
        });
      } finally {
        const { id } = subscription;
        await check('a removed subscription is no longer listed', async () => {
          await session.partner.webhooks.delete(id);
          const listed = [];
          for await (const listedSubscription of session.partner.webhooks.listAll()) listed.push(listedSubscription.id);
          expectThat(!listed.includes(id), 'the subscription gone', 'still listed');
        });
      }
    }
  },
};
