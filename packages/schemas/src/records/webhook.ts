import * as z from 'zod/mini';
import { codeListOf, codeOf, Id, ReferralReference, Timestamp, WebUrl } from '../primitives.js';
import { webhookEventTypes } from '../vocabularies.js';
import { ReferralStatusSchema } from './referral.js';

/** A subscription of an organisation's backend to referral events. */
export const WebhookSubscription = z.object({
  id: Id,
  organisationId: Id,
  url: WebUrl,
  events: codeListOf(webhookEventTypes),
  createdAt: Timestamp,
});

/** The answer to a create: the only time the signing secret is shown. */
export const WebhookSubscriptionCreated = z.object({
  ...WebhookSubscription.shape,
  secret: z.string().check(z.regex(/^whsec_[A-Za-z0-9_-]{24,}$/)),
});

export const WebhookCreate = z.strictObject({
  url: WebUrl,
  events: codeListOf(webhookEventTypes),
});

/**
 * What a delivery POSTs to a subscriber, signed in the `Victim-Referral-Signature` header as
 * `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`. It carries ids only, never victim data: the
 * subscriber fetches the referral with its own credentials.
 */
export const WebhookEvent = z.object({
  id: Id,
  type: codeOf(webhookEventTypes),
  createdAt: Timestamp,
  organisationId: Id,
  data: z.object({
    referralId: Id,
    reference: ReferralReference,
    status: ReferralStatusSchema,
    previousStatus: z.optional(z.nullable(ReferralStatusSchema)),
    messageId: z.optional(Id),
  }),
});

export type WebhookSubscription = z.infer<typeof WebhookSubscription>;
export type WebhookSubscriptionCreated = z.infer<typeof WebhookSubscriptionCreated>;
export type WebhookCreate = z.input<typeof WebhookCreate>;
export type WebhookEvent = z.infer<typeof WebhookEvent>;
