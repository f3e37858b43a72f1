import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';
import { sealableShape, withSealing } from './sealable.js';

/**
 * A note in the case discussion, visible to the two organisations of the referral only. Its body
 * travels in clear or sealed (`sealed`), never both. When the victim's personal data is erased
 * the body goes (`null`, no `sealed`, with `erasedAt`); who wrote and when stay.
 */
const messageShape = {
  id: Id,
  referralId: Id,
  authorOrganisationId: Id,
  body: z.nullable(text(4000)),
  erasedAt: z.optional(Timestamp),
  createdAt: Timestamp,
};
export const Message = withSealing('message', z.object(sealableShape('message', messageShape)), messageShape);

/** Post a message: its `body` in clear, or sealed to the two points of contact in `sealed`. */
const messageCreateShape = { body: text(4000) };
export const MessageCreate = withSealing(
  'message',
  z.strictObject(sealableShape('message', messageCreateShape)),
  messageCreateShape,
);

export type Message = z.infer<typeof Message>;
export type MessageCreate = z.input<typeof MessageCreate>;
