/** The building blocks of the contract: credentials, the endpoint definition and its shared parts. */
import * as z from 'zod/mini';
import type { Credential } from '../credentials.js';
import { Id, queryNumber } from '../primitives.js';
import { Cursor } from '../records/page.js';

export { type Credential, credentialPrefixes } from '../credentials.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** What the endpoints are about, each with what it is for (the OpenAPI document's tags). */
export const resources = {
  protocol: 'What a server speaks: its protocol version, its machine-readable descriptions and the vocabularies.',
  organisations: 'The member organisations of the directory and the public keys they receive sealed referrals with.',
  services: 'The services the organisations offer victims, searchable across borders.',
  referrals: 'Cases one organisation sends another, or a victim sends themselves, and their status changes.',
  messages: "The conversation between the two organisations' points of contact about a referral.",
  events: 'The append-only audit trail of a referral.',
  webhooks: "Subscriptions of an organisation's backend to its referrals' events.",
  'follow-up': 'What a victim who referred themselves sees of their referral, and their withdrawal of consent.',
  sandbox: 'Administration of the reference sandbox: its clock and fault injection (sandbox started with --faults).',
} as const;
export type Resource = keyof typeof resources;

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

export interface EndpointDefinition {
  readonly method: HttpMethod;
  /** OpenAPI-style template: `/v1/referrals/{id}`. */
  readonly path: `/v1${string}`;
  readonly resource: Resource;
  readonly summary: string;
  /** The credentials that may call it; the first is the usual one. */
  readonly auth: readonly Credential[];
  readonly params?: ObjectSchema;
  readonly query?: ObjectSchema;
  readonly body?: Schema;
  /** Accepts an `Idempotency-Key` header: a retried create never makes a second record. */
  readonly idempotent?: boolean;
  /** The success answer: its status and body schema (null: no body). */
  readonly success: { readonly status: 200 | 201 | 204; readonly body: Schema | null };
  /** The error statuses this endpoint answers on purpose, each with a problem+json body. */
  readonly errors: readonly number[];
}

/* @__NO_SIDE_EFFECTS__ */
export function endpoint<const E extends EndpointDefinition>(definition: E): E {
  return definition;
}

/** How many items a page holds at most (1 to 100). */
const limit = z.optional(queryNumber({ min: 1, max: 100 }));
/** A boolean query parameter: exactly `true` or `false` on the wire, a boolean once parsed. */
export const queryBoolean = z.optional(
  z.pipe(
    z.enum(['true', 'false']),
    z.transform((value) => value === 'true'),
  ),
);
export const idParams = z.object({
  /** The id of the record the path names. */
  id: Id,
});

// The two helpers below keep object and array spreads out of the `endpoint()` arguments: a bundler
// cannot tell a spread has no side effects, and would then keep every endpoint of the contract.

/** The query of a list endpoint: its filters, then `limit` and `cursor`. */
/* @__NO_SIDE_EFFECTS__ */
export function listQuery<const Filters extends Record<string, z.ZodMiniType>>(filters: Filters) {
  return z.strictObject({ ...filters, limit, cursor: z.optional(Cursor) });
}

/** The error statuses of an endpoint: those every endpoint with a credential answers, then its own. */
/* @__NO_SIDE_EFFECTS__ */
export function errorsWith<const Statuses extends readonly number[]>(...statuses: Statuses) {
  return [400, 401, 429, ...statuses] as const;
}
