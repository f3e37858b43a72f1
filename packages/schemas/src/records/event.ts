import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';
import { OutcomeSchema, ReasonCodeSchema, ReferralStatusSchema } from './referral.js';

export const ActorRole = z.enum(['referrer', 'receiver', 'admin', 'system']);

/** Who did something: the organisation and the credential it used. */
export const Actor = z.object({
  /** The role the actor had on the referral. */
  role: ActorRole,
  /** The organisation that acted; absent for the server itself. */
  organisationId: z.optional(Id),
  /** The kind of credential used. */
  credential: z.enum(['publishable-key', 'contact-token', 'admin-token', 'system']),
});

/** An append-only audit record of a referral: who changed what, when, from which status to which. */
export const ReferralEvent = z.object({
  /** The event's id. */
  id: Id,
  /** The referral the event is about. */
  referralId: Id,
  /** 1, 2, 3… per referral, in the order things happened. */
  sequence: z.int().check(z.positive()),
  /**
   * `due-soon` and `overdue` are recorded by the server (actor `system`) when an answer deadline nears or
   * passes; `forwarded` on the original when a point of contact refers the case onward.
   */
  type: z.enum([
    'created',
    'updated',
    'transitioned',
    'message-posted',
    'personal-data-erased',
    'due-soon',
    'overdue',
    'forwarded',
  ]),
  /** Who did it. */
  actor: Actor,
  /** When it happened. */
  at: Timestamp,
  /** The status before; `null` when there was none. */
  from: z.nullable(ReferralStatusSchema),
  /** The status after. */
  to: ReferralStatusSchema,
  /** The reason code given with the change of status. */
  reasonCode: z.optional(ReasonCodeSchema),
  /** Free text given with it. */
  reason: z.optional(text(1000)),
  /** The outcome given when the case was closed. */
  outcome: z.optional(OutcomeSchema),
  /** On a `forwarded` event: the referral that refers this one onward, and its receiver. */
  forwardedTo: z.optional(
    z.object({
      /** The referral that refers this one onward. */
      referralId: Id,
      /** The organisation it was sent to. */
      receivingOrganisationId: Id,
    }),
  ),
});

export type ActorRole = z.infer<typeof ActorRole>;
export type Actor = z.infer<typeof Actor>;
export type ReferralEvent = z.infer<typeof ReferralEvent>;
