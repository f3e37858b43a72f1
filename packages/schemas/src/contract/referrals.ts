/** Referrals between points of contact, their case discussion and their audit trail. */
import * as z from 'zod/mini';
import { ReferralEvent } from '../records/event.js';
import { Message, MessageCreate } from '../records/message.js';
import { Page } from '../records/page.js';
import {
  PrioritySchema,
  Referral,
  ReferralCreate,
  ReferralStatusSchema,
  ReferralUpdate,
  TransitionRequest,
} from '../records/referral.js';
import { endpoint, errorsWith, idParams, listQuery, queryBoolean } from './endpoint.js';

export const ReferralListQuery = listQuery({
  /** `inbox`: referrals the caller's organisation receives; `outbox`: those it sent. Both when left out. */
  box: z.optional(z.enum(['inbox', 'outbox'])),
  /** Referrals in this status. */
  status: z.optional(ReferralStatusSchema),
  /** Referrals of this priority. */
  priority: z.optional(PrioritySchema),
  /** `true`: referrals unanswered past their answer deadline; `false`: the others. */
  overdue: queryBoolean,
});

export const createReferral = endpoint({
  method: 'POST',
  path: '/v1/referrals',
  resource: 'referrals',
  summary:
    'Create a referral (draft or sent), or refer one of the inbox onward (`basedOn`); with a publishable key, a self-referral',
  auth: ['contact-token', 'publishable-key'],
  body: ReferralCreate,
  idempotent: true,
  success: { status: 201, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const listReferrals = endpoint({
  method: 'GET',
  path: '/v1/referrals',
  resource: 'referrals',
  summary: "The caller organisation's referrals, received (inbox) or sent (outbox)",
  auth: ['contact-token'],
  query: ReferralListQuery,
  success: { status: 200, body: Page(Referral) },
  errors: errorsWith(403),
});

export const getReferral = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}',
  resource: 'referrals',
  summary: 'One referral of the caller organisation',
  auth: ['contact-token'],
  params: idParams,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404),
});

export const updateReferral = endpoint({
  method: 'PATCH',
  path: '/v1/referrals/{id}',
  resource: 'referrals',
  summary: 'Change a draft referral',
  auth: ['contact-token'],
  params: idParams,
  body: ReferralUpdate,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const transitionReferral = endpoint({
  method: 'POST',
  path: '/v1/referrals/{id}/transitions',
  resource: 'referrals',
  summary: 'Move a referral to another status, as the state machine allows the caller',
  auth: ['contact-token'],
  params: idParams,
  body: TransitionRequest,
  success: { status: 200, body: Referral },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const listMessages = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}/messages',
  resource: 'messages',
  summary: 'The case discussion of a referral, oldest first',
  auth: ['contact-token'],
  params: idParams,
  query: listQuery({}),
  success: { status: 200, body: Page(Message) },
  errors: errorsWith(403, 404),
});

export const createMessage = endpoint({
  method: 'POST',
  path: '/v1/referrals/{id}/messages',
  resource: 'messages',
  summary: 'Post a message in the case discussion',
  auth: ['contact-token'],
  params: idParams,
  body: MessageCreate,
  idempotent: true,
  success: { status: 201, body: Message },
  errors: errorsWith(403, 404, 409, 413, 415, 422),
});

export const listEvents = endpoint({
  method: 'GET',
  path: '/v1/referrals/{id}/events',
  resource: 'events',
  summary: 'The audit trail of a referral, oldest first',
  auth: ['contact-token'],
  params: idParams,
  query: listQuery({}),
  success: { status: 200, body: Page(ReferralEvent) },
  errors: errorsWith(403, 404),
});
