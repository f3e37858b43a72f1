/**
 * Erasing a victim's personal data from a case: every free-text field their details can hide in,
 * in the referral, its audit events, its messages and any answer remembered for a retry. Codes,
 * times, parties and actors stay, so the audit trail still says who did what and when.
 */
import {
  type Message,
  Message as MessageSchema,
  type Referral,
  ReferralEvent,
  Referral as ReferralSchema,
} from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Runtime } from '../runtime.js';
import { eraseStoredCase } from '../store/erasure.js';

/**
 * Every field of each record a victim's details can be in, as JSON Pointers: the one list erasure
 * works from. A field the schema lets be null becomes null (also where only its sealed copy was);
 * any other is removed.
 */
export const erasableFields = {
  referral: [
    '/victim',
    '/caseSummary',
    '/assessment',
    '/sealed',
    '/needs/notes',
    '/statusReason',
    '/crossBorder/crimePlace',
    '/crossBorder/police/reference',
  ],
  event: ['/reason'],
  message: ['/body', '/sealed'],
} as const;

type Shape = Record<string, z.ZodMiniType>;
type Json = Record<string, unknown>;

/** The fields of an object schema, looking through `optional`/`nullable` around it. */
function shapeOf(schema: z.ZodMiniType | undefined): Shape {
  let inner = schema as { _zod: { def: { innerType?: z.ZodMiniType } } } | undefined;
  while (inner?._zod.def.innerType) inner = inner._zod.def.innerType as typeof inner;
  return ((inner as z.ZodMiniObject | undefined)?.shape ?? {}) as Shape;
}

/** A copy of `record` without the fields at `pointers`, null where the schema requires the field. */
function without<T extends object>(record: T, schema: z.ZodMiniObject, pointers: readonly string[]): T {
  const copy = structuredClone(record) as Json;
  for (const pointer of pointers) {
    const keys = pointer.slice(1).split('/');
    const name = keys.pop() as string;
    let parent: Json | undefined = copy;
    let shape = schema.shape as Shape;
    for (const key of keys) {
      parent = parent?.[key] as Json | undefined;
      shape = shapeOf(shape[key]);
    }
    if (parent === undefined || parent === null) continue;
    // A field the schema lets be null says "erased" even where a sealed copy stood in for it.
    if (shape[name]?.safeParse(null).success) parent[name] = null;
    else delete parent[name];
  }
  return copy as T;
}

export const erasedReferral = (referral: Referral, at: string): Referral => ({
  ...without(referral, ReferralSchema, erasableFields.referral),
  erasedAt: at,
});

export const erasedEvent = (event: ReferralEvent): ReferralEvent => without(event, ReferralEvent, erasableFields.event);

export const erasedMessage = (message: Message, at: string): Message =>
  message.erasedAt === undefined
    ? { ...without(message, MessageSchema, erasableFields.message), erasedAt: at }
    : message;

/**
 * Erases the case in the store (its events, messages and remembered answers) and returns the
 * erased referral for the caller to store with its other changes. Once the transaction commits,
 * the freed bytes are overwritten and the write-ahead log emptied.
 */
export function eraseCase(rt: Runtime, referral: Referral): Referral {
  const at = rt.now().toISOString();
  const erased = erasedReferral(referral, at);
  eraseStoredCase(rt.db, erased, { event: erasedEvent, message: (message) => erasedMessage(message, at) });
  return erased;
}
