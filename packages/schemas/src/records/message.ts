import * as z from 'zod/mini';
import { Id, Timestamp, text } from '../primitives.js';
import { sealableShape, withSealing } from './sealable.js';

/** The fields of a message, in their clear shape. */
const messageShape = {
  /** The message's id. */
  id: Id,
  /** The referral the message is about. */
  referralId: Id,
  /** The organisation whose point of contact wrote it. */
  authorOrganisationId: Id,
  /** The text, in clear; `null` once erased or when sent sealed. */
  body: z.nullable(text(4000)),
  /** When the body was erased with the victim's personal data. */
  erasedAt: z.optional(Timestamp),
  /** When it was written. */
  createdAt: Timestamp,
};
/**
 * A note in the case discussion, visible to the two organisations of the referral only. Its body
 * travels in clear or sealed (`sealed`), never both. When the victim's personal data is erased
 * the body goes (`null`, no `sealed`, with `erasedAt`); who wrote and when stay.
 */
export const Message = withSealing('message', z.object(sealableShape('message', messageShape)), messageShape);

/** The fields of a message's create, in their clear shape. */
const messageCreateShape = {
  /** The text, in clear: left out when it travels in `sealed`. */
  body: text(4000),
};
/** Post a message: its `body` in clear, or sealed to the two points of contact in `sealed`. */
export const MessageCreate = withSealing(
  'message',
  z.strictObject(sealableShape('message', messageCreateShape)),
  messageCreateShape,
);

export type Message = z.infer<typeof Message>;
export type MessageCreate = z.input<typeof MessageCreate>;
