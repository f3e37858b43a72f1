/** Turns referral changes into webhook deliveries in the durable outbox (same transaction). */
import { type Referral, type ReferralStatus, WebhookEvent, type WebhookEventType } from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { onCommit } from '../store/database.js';
import { enqueueDelivery, subscriptionsOf } from '../store/webhooks.js';

/** The organisations that may know of the referral: the receiver only once it was sent. */
export function partiesOf(referral: Referral): string[] {
  const parties = [referral.referringOrganisationId];
  if (referral.sentAt !== undefined && referral.receivingOrganisationId !== referral.referringOrganisationId) {
    parties.push(referral.receivingOrganisationId);
  }
  return parties;
}

export function publish(
  rt: Runtime,
  referral: Referral,
  type: WebhookEventType,
  details: { previousStatus?: ReferralStatus | null; messageId?: string } = {},
): void {
  const audience = type === 'referral.received' ? [referral.receivingOrganisationId] : partiesOf(referral);
  const createdAt = rt.now();
  let enqueued = false;
  for (const organisationId of audience) {
    const subscriptions = subscriptionsOf(rt.db, [organisationId]).filter((s) => s.subscription.events.includes(type));
    if (subscriptions.length === 0) continue;
    const event = WebhookEvent.parse({
      id: rt.newId(),
      type,
      createdAt: createdAt.toISOString(),
      organisationId,
      data: {
        referralId: referral.id,
        reference: referral.reference,
        status: referral.status,
        ...(details.previousStatus !== undefined && { previousStatus: details.previousStatus }),
        ...(details.messageId !== undefined && { messageId: details.messageId }),
      },
    });
    const payload = JSON.stringify(event);
    for (const { subscription } of subscriptions) {
      enqueueDelivery(rt.db, {
        subscriptionId: subscription.id,
        referralId: referral.id,
        payload,
        at: createdAt.getTime(),
      });
      enqueued = true;
    }
  }
  if (enqueued) onCommit(rt.db, () => rt.wakeDeliveries());
}
