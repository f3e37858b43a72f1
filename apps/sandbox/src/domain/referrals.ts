/**
 * The referral lifecycle as the server enforces it: creation (professional or self), changes to
 * drafts, transitions by role through the schemas package's state machine, consent withdrawal,
 * and the audit events and webhook notifications each change leaves behind.
 */
import {
  type Actor,
  checkTransition,
  clearSealedPaths,
  defaultResponseDueAt,
  isClosed,
  type Message,
  type MessageCreate,
  type Priority,
  type Referral,
  type ReferralCreate,
  type ReferralEvent,
  type ReferralRole,
  type ReferralStatus,
  type ReferralUpdate,
  rolesOf,
  type TransitionRequest,
} from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Runtime } from '../runtime.js';
import { getOrganisation } from '../store/organisations.js';
import {
  getStoredReferral,
  insertEvent,
  insertMessage,
  insertReferral,
  nextEventSequence,
  referenceTaken,
  replaceReferral,
  type StoredReferral,
} from '../store/referrals.js';
import { getService } from '../store/services.js';
import { eraseCase } from './erasure.js';
import { DomainError, fieldProblem, notFound } from './errors.js';
import { forwardedEvent, onwardSource } from './forwarding.js';
import { publish } from './notifications.js';
import { referenceFor } from './reference.js';
import { requireSealed } from './sealing.js';
import { transitionFieldProblem } from './transition-problems.js';

/** The organisation acting, and the credential it acts with. */
export interface Party {
  organisationId: string;
  credential: 'contact-token' | 'publishable-key';
}

type CreateInput = z.output<typeof ReferralCreate>;
type UpdateInput = z.output<typeof ReferralUpdate>;
type TransitionInput = z.output<typeof TransitionRequest>;
type MessageInput = z.output<typeof MessageCreate>;

function actorOf(party: Party, role: ReferralRole): Actor {
  return { role, organisationId: party.organisationId, credential: party.credential };
}

export function appendEvent(
  rt: Runtime,
  referral: Referral,
  event: Pick<ReferralEvent, 'type' | 'actor' | 'from' | 'to'> &
    Partial<Pick<ReferralEvent, 'reasonCode' | 'reason' | 'outcome' | 'forwardedTo'>>,
): void {
  insertEvent(rt.db, {
    id: rt.newId(),
    referralId: referral.id,
    sequence: nextEventSequence(rt.db, referral.id),
    at: rt.now().toISOString(),
    ...event,
  });
}

function uniqueReference(rt: Runtime, referralId: string): string {
  for (let attempt = 0; ; attempt++) {
    const reference = referenceFor(referralId, attempt);
    if (!referenceTaken(rt.db, reference)) return reference;
  }
}

/**
 * The answer deadline: the priority's default from `from`, or the referrer's own earlier time.
 * A requested time later than the default is refused: the referrer may only shorten it.
 */
function responseDueAt(priority: Priority, from: Date, requested: string | null): string {
  const byDefault = defaultResponseDueAt(priority, from);
  if (requested === null) return byDefault.toISOString();
  if (Date.parse(requested) > byDefault.getTime()) {
    throw fieldProblem(
      '/responseDueAt',
      `May only shorten the default timeframe of a ${priority} referral (at the latest ${byDefault.toISOString()})`,
      'too-late',
    );
  }
  return requested;
}

function checkRequestedDue(requested: string | undefined, now: Date): string | null {
  if (requested === undefined) return null;
  if (Date.parse(requested) <= now.getTime()) {
    throw fieldProblem('/responseDueAt', 'Must be in the future', 'too-early');
  }
  return requested;
}

function checkReceiver(rt: Runtime, referrerId: string, receiverId: string | undefined): string {
  const path = '/receivingOrganisationId';
  if (receiverId === undefined) throw fieldProblem(path, 'Required when referring with a contact token', 'required');
  if (receiverId === referrerId) throw fieldProblem(path, 'Must be another organisation', 'same-organisation');
  if (!getOrganisation(rt.db, receiverId)) throw fieldProblem(path, 'No such organisation', 'unknown-organisation');
  return receiverId;
}

/** A professional referral's service must belong to the receiver; a self-referral's may be anywhere. */
function checkService(rt: Runtime, serviceId: string | undefined, receiverId: string | null): void {
  if (serviceId === undefined) return;
  const service = getService(rt.db, serviceId);
  if (!service) throw fieldProblem('/serviceId', 'No such service', 'unknown-service');
  if (receiverId !== null && service.organisationId !== receiverId) {
    throw fieldProblem(
      '/serviceId',
      'Must be a service of the receiving organisation',
      'service-of-another-organisation',
    );
  }
}

export function createReferral(rt: Runtime, party: Party, input: CreateInput): Referral {
  const now = rt.now();
  const self = party.credential === 'publishable-key';
  let receiverId: string;
  let status: 'draft' | 'sent';
  if (self) {
    if (input.receivingOrganisationId !== undefined && input.receivingOrganisationId !== party.organisationId) {
      throw fieldProblem(
        '/receivingOrganisationId',
        "A self-referral is received by the key's own organisation",
        'not-own-organisation',
      );
    }
    if (input.status === 'draft') throw fieldProblem('/status', 'A self-referral is always sent', 'self-referral-sent');
    receiverId = party.organisationId;
    status = 'sent';
    checkService(rt, input.serviceId, null);
  } else {
    receiverId = checkReceiver(rt, party.organisationId, input.receivingOrganisationId);
    status = input.status ?? 'sent';
    checkService(rt, input.serviceId, receiverId);
  }
  requireSealed(rt, 'referral', input, receiverId);
  const original = input.basedOn === undefined ? undefined : onwardSource(rt, party, input.basedOn);
  const priority = input.priority ?? 'routine';
  const requested = checkRequestedDue(input.responseDueAt, now);
  const id = rt.newId();
  const referral: Referral = {
    id,
    reference: uniqueReference(rt, id),
    kind: self ? 'self' : 'professional',
    status,
    priority,
    referringOrganisationId: party.organisationId,
    receivingOrganisationId: receiverId,
    ...(input.serviceId !== undefined && { serviceId: input.serviceId }),
    needs: input.needs,
    ...(input.caseSummary !== undefined && { caseSummary: input.caseSummary }),
    ...(input.assessment !== undefined && { assessment: input.assessment }),
    ...(input.crossBorder !== undefined && { crossBorder: input.crossBorder }),
    ...(input.victim !== undefined && { victim: input.victim }),
    consent: input.consent,
    ...(input.sealed !== undefined && { sealed: input.sealed }),
    responseDueAt: responseDueAt(priority, now, requested),
    ...(status === 'sent' && { sentAt: now.toISOString() }),
    ...(original && { basedOn: original.id }),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  insertReferral(rt.db, { referral, requestedResponseDueAt: requested });
  appendEvent(rt, referral, { type: 'created', actor: actorOf(party, 'referrer'), from: null, to: status });
  if (original) appendEvent(rt, original, forwardedEvent(party, original, referral));
  if (status === 'sent') publish(rt, referral, 'referral.received', { previousStatus: null });
  return referral;
}

/**
 * A changed draft holds its personal fields in one form: a new sealed copy replaces the clear
 * fields, and clear fields sent to a sealed draft are refused (they would sit beside the copy).
 */
function withOneCopy(referral: Referral, resealed: boolean): Referral {
  const clearPaths = clearSealedPaths('referral', referral);
  if (referral.sealed === undefined || clearPaths.length === 0) return referral;
  if (!resealed) {
    throw new DomainError(422, 'sealing-required', 'This draft is sealed: send its personal fields inside `sealed`', {
      errors: clearPaths.map((path) => ({
        path: `/${path.replaceAll('.', '/')}`,
        message: 'The draft is sealed: send this field only inside `sealed`',
        code: 'sealing-required',
      })),
    });
  }
  const copy = structuredClone(referral) as Record<string, unknown>;
  for (const path of clearPaths) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
    delete parent[last];
  }
  return copy as Referral;
}

/** The referral if the organisation is a party to it and may see it; 404 otherwise (no existence leak). */
export function visibleReferral(rt: Runtime, id: string, organisationId: string): StoredReferral {
  const stored = getStoredReferral(rt.db, id);
  if (!stored) throw notFound('Referral');
  const roles = rolesOf(stored.referral, organisationId);
  const visible = roles.includes('referrer') || (roles.includes('receiver') && stored.referral.sentAt !== undefined);
  if (!visible) throw notFound('Referral');
  return stored;
}

export function updateReferral(rt: Runtime, party: Party, id: string, input: UpdateInput): Referral {
  const stored = visibleReferral(rt, id, party.organisationId);
  const current = stored.referral;
  if (current.referringOrganisationId !== party.organisationId) {
    throw new DomainError(403, 'forbidden', 'Only the referring organisation changes a referral');
  }
  if (current.status !== 'draft') throw new DomainError(409, 'conflict', 'Only drafts can be changed');
  const now = rt.now();
  const receiverId =
    input.receivingOrganisationId === undefined
      ? current.receivingOrganisationId
      : checkReceiver(rt, party.organisationId, input.receivingOrganisationId);
  const serviceId = input.serviceId ?? (receiverId === current.receivingOrganisationId ? current.serviceId : undefined);
  checkService(rt, serviceId, receiverId);
  const priority = input.priority ?? current.priority;
  const requested =
    input.responseDueAt === undefined ? stored.requestedResponseDueAt : checkRequestedDue(input.responseDueAt, now);
  const { serviceId: _service, ...unchanged } = current;
  const changed: Referral = {
    ...unchanged,
    receivingOrganisationId: receiverId,
    ...(serviceId !== undefined && { serviceId }),
    priority,
    ...(input.needs !== undefined && { needs: input.needs }),
    ...(input.caseSummary !== undefined && { caseSummary: input.caseSummary }),
    ...(input.assessment !== undefined && { assessment: input.assessment }),
    ...(input.crossBorder !== undefined && { crossBorder: input.crossBorder }),
    ...(input.victim !== undefined && { victim: input.victim }),
    consent: input.consent ?? current.consent,
    ...(input.sealed !== undefined && { sealed: input.sealed }),
    responseDueAt: responseDueAt(priority, now, requested),
    updatedAt: now.toISOString(),
  };
  const referral = withOneCopy(changed, input.sealed !== undefined);
  requireSealed(rt, 'referral', referral, receiverId);
  replaceReferral(rt.db, { referral, requestedResponseDueAt: requested });
  appendEvent(rt, referral, { type: 'updated', actor: actorOf(party, 'referrer'), from: 'draft', to: 'draft' });
  return referral;
}

export function transitionReferral(rt: Runtime, party: Party, id: string, request: TransitionInput): Referral {
  const stored = visibleReferral(rt, id, party.organisationId);
  const current = stored.referral;
  const roles = rolesOf(current, party.organisationId);
  const check = checkTransition(current.status, roles, request);
  if (!check.ok) {
    if (check.problem === 'invalid-transition') {
      throw new DomainError(
        409,
        'invalid-transition',
        `A ${roles.join(' and ')} cannot move a referral from ${current.status} to ${request.to}`,
        { allowedTransitions: check.allowed },
      );
    }
    throw transitionFieldProblem(check, request.to);
  }
  if (request.to === 'sent') requireSealed(rt, 'referral', current, current.receivingOrganisationId);
  const role = check.rule.by.find((r) => roles.includes(r)) ?? 'referrer';
  const now = rt.now();
  const at = now.toISOString();
  const from: ReferralStatus = current.status;
  // The reason describes the status it was given for: a new status drops the previous one's.
  const { statusReasonCode: _code, statusReason: _reason, ...unreasoned } = current;
  let referral: Referral = {
    ...unreasoned,
    status: request.to,
    ...(request.reasonCode !== undefined && { statusReasonCode: request.reasonCode }),
    ...(request.reason !== undefined && { statusReason: request.reason }),
    ...(request.outcome !== undefined && { outcome: request.outcome }),
    updatedAt: at,
  };
  if (request.to === 'sent') {
    referral = {
      ...referral,
      sentAt: at,
      responseDueAt: responseDueAt(referral.priority, now, stored.requestedResponseDueAt),
    };
  }
  const actor = actorOf(party, role);
  appendEvent(rt, referral, {
    type: 'transitioned',
    actor,
    from,
    to: request.to,
    ...(request.reasonCode !== undefined && { reasonCode: request.reasonCode }),
    ...(request.reason !== undefined && { reason: request.reason }),
    ...(request.outcome !== undefined && { outcome: request.outcome }),
  });
  if (request.to === 'withdrawn-consent') {
    referral = eraseCase(rt, referral);
    appendEvent(rt, referral, { type: 'personal-data-erased', actor, from: request.to, to: request.to });
  }
  replaceReferral(rt.db, { ...stored, referral });
  if (request.to === 'sent') publish(rt, referral, 'referral.received', { previousStatus: from });
  publish(rt, referral, 'referral.transitioned', { previousStatus: from });
  return referral;
}

export function postMessage(rt: Runtime, party: Party, referralId: string, input: MessageInput): Message {
  const { referral } = visibleReferral(rt, referralId, party.organisationId);
  if (isClosed(referral.status)) {
    throw new DomainError(409, 'conflict', `The case is ${referral.status}: its discussion is closed`);
  }
  const roles = rolesOf(referral, party.organisationId);
  const otherParty = roles.includes('referrer') ? referral.receivingOrganisationId : referral.referringOrganisationId;
  requireSealed(rt, 'message', input, otherParty);
  const message: Message = {
    id: rt.newId(),
    referralId,
    authorOrganisationId: party.organisationId,
    ...(input.body !== undefined && { body: input.body }),
    ...(input.sealed !== undefined && { sealed: input.sealed }),
    createdAt: rt.now().toISOString(),
  };
  insertMessage(rt.db, message);
  appendEvent(rt, referral, {
    type: 'message-posted',
    actor: actorOf(party, roles[0] ?? 'referrer'),
    from: referral.status,
    to: referral.status,
  });
  publish(rt, referral, 'referral.message-created', { messageId: message.id });
  return message;
}
