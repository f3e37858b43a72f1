import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';

/** A note in the case discussion, visible to the two organisations of the referral only. */
export const Message = z.object({
  id: Id,
  referralId: Id,
  authorOrganisationId: Id,
  body: text(4000),
  createdAt: Timestamp,
});

export const MessageCreate = z.strictObject({
  body: text(4000),
});

export type Message = z.infer<typeof Message>;
export type MessageCreate = z.input<typeof MessageCreate>;
