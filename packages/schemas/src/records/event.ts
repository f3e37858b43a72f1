import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';
import { OutcomeSchema, ReasonCodeSchema, ReferralStatusSchema } from './referral.js';

export const ActorRole = z.enum(['referrer', 'receiver', 'admin', 'system']);

/** Who did something: the organisation and the credential it used. */
export const Actor = z.object({
  role: ActorRole,
  organisationId: z.optional(Id),
  credential: z.enum(['publishable-key', 'contact-token', 'admin-token', 'system']),
});

/** An append-only audit record of a referral: who changed what, when, from which status to which. */
export const ReferralEvent = z.object({
  id: Id,
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
  actor: Actor,
  at: Timestamp,
  from: z.nullable(ReferralStatusSchema),
  to: ReferralStatusSchema,
  reasonCode: z.optional(ReasonCodeSchema),
  reason: z.optional(text(1000)),
  outcome: z.optional(OutcomeSchema),
  /** On a `forwarded` event: the referral that refers this one onward, and its receiver. */
  forwardedTo: z.optional(z.object({ referralId: Id, receivingOrganisationId: Id })),
});

export type ActorRole = z.infer<typeof ActorRole>;
export type Actor = z.infer<typeof Actor>;
export type ReferralEvent = z.infer<typeof ReferralEvent>;
