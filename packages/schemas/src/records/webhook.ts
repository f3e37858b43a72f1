import * as z from 'zod/mini';
import { codeListOf, codeOf, Id, ReferralReference, Timestamp, WebUrl } from '../primitives.js';
import { webhookEventTypes } from '../vocabularies.js';
import { ReferralStatusSchema } from './referral.js';

/** A subscription of an organisation's backend to referral events. */
export const WebhookSubscription = z.object({
  /** The subscription's id. */
  id: Id,
  /** The organisation whose referrals' events it receives. */
  organisationId: Id,
  /** Where the events are POSTed. */
  url: WebUrl,
  /** The event types it receives. */
  events: codeListOf(webhookEventTypes),
  /** When it was created. */
  createdAt: Timestamp,
});

/** The answer to a create: the only time the signing secret is shown. */
export const WebhookSubscriptionCreated = z.object({
  ...WebhookSubscription.shape,
  /** The secret the deliveries are signed with; shown only this once. */
  secret: z.string().check(z.regex(/^whsec_[A-Za-z0-9_-]{24,}$/)),
});

export const WebhookCreate = z.strictObject({
  /** Where the events are to be POSTed: a public `https` address. */
  url: WebUrl,
  /** The event types to receive. */
  events: codeListOf(webhookEventTypes),
});

/**
 * What a delivery POSTs to a subscriber, signed in the `Victim-Referral-Signature` header as
 * `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`. It carries ids only, never victim data: the
 * subscriber fetches the referral with its own credentials.
 */
export const WebhookEvent = z.object({
  /** The event's id: the same on every retry of its delivery. */
  id: Id,
  /** What happened. */
  type: codeOf(webhookEventTypes),
  /** When it happened. */
  createdAt: Timestamp,
  /** The organisation the event is delivered to. */
  organisationId: Id,
  /** What it happened to. */
  data: z.object({
    /** The referral's id. */
    referralId: Id,
    /** The referral's reference. */
    reference: ReferralReference,
    /** The referral's status after the event. */
    status: ReferralStatusSchema,
    /** Its status before, on a change of status. */
    previousStatus: z.optional(z.nullable(ReferralStatusSchema)),
    /** The message posted, on `referral.message-created`. */
    messageId: z.optional(Id),
  }),
});

export type WebhookSubscription = z.infer<typeof WebhookSubscription>;
export type WebhookSubscriptionCreated = z.infer<typeof WebhookSubscriptionCreated>;
export type WebhookCreate = z.input<typeof WebhookCreate>;
export type WebhookEvent = z.infer<typeof WebhookEvent>;
