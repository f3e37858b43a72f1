import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';

/**
 * A note in the case discussion, visible to the two organisations of the referral only. When the
 * victim's personal data is erased the body goes (`null`, with `erasedAt`); who wrote and when stay.
 */
export const Message = z.object({
  id: Id,
  referralId: Id,
  authorOrganisationId: Id,
  body: z.nullable(text(4000)),
  erasedAt: z.optional(Timestamp),
  createdAt: Timestamp,
});

export const MessageCreate = z.strictObject({
  body: text(4000),
});

export type Message = z.infer<typeof Message>;
export type MessageCreate = z.input<typeof MessageCreate>;
