/**
 * Every named record of the protocol, by its published name. The JSON Schema files
 * (`json-schema/<name>.schema.json`), the fixtures and the CLI's `<schema>` argument use these
 * names; the OpenAPI components use their PascalCase form.
 */
import * as z from 'zod/mini';
import { CrossBorder } from './records/cross-border.js';
import { EncryptionKey } from './records/encryption-key.js';
import { ReferralEvent } from './records/event.js';
import { FaultRule } from './records/fault.js';
import { FollowUpCredentials, FollowUpRequest, FollowUpView } from './records/follow-up.js';
import { Message, MessageCreate } from './records/message.js';
import { Organisation, OrganisationCreate } from './records/organisation.js';
import { Page } from './records/page.js';
import { ProblemDetails } from './records/problem.js';
import { ProtocolInfo, Taxonomy } from './records/protocol.js';
import {
  Consent,
  IndividualAssessment,
  Needs,
  Referral,
  ReferralCreate,
  ReferralUpdate,
  TransitionRequest,
  Victim,
  VictimContact,
} from './records/referral.js';
import { ClockAdvance, SandboxClock } from './records/sandbox-clock.js';
import { SealedJwe } from './records/sealed.js';
import { Service, ServiceCreate, ServiceUpdate } from './records/service.js';
import { WebhookCreate, WebhookEvent, WebhookSubscription, WebhookSubscriptionCreated } from './records/webhook.js';

export const schemaCatalog = {
  organisation: Organisation,
  'organisation-create': OrganisationCreate,
  service: Service,
  'service-create': ServiceCreate,
  'service-update': ServiceUpdate,
  referral: Referral,
  'referral-create': ReferralCreate,
  'referral-update': ReferralUpdate,
  'transition-request': TransitionRequest,
  needs: Needs,
  victim: Victim,
  'victim-contact': VictimContact,
  consent: Consent,
  'individual-assessment': IndividualAssessment,
  'cross-border': CrossBorder,
  message: Message,
  'message-create': MessageCreate,
  'referral-event': ReferralEvent,
  'webhook-subscription': WebhookSubscription,
  'webhook-subscription-created': WebhookSubscriptionCreated,
  'webhook-create': WebhookCreate,
  'webhook-event': WebhookEvent,
  page: Page(z.unknown()),
  'problem-details': ProblemDetails,
  'protocol-info': ProtocolInfo,
  taxonomy: Taxonomy,
  'fault-rule': FaultRule,
  'encryption-key': EncryptionKey,
  'sealed-jwe': SealedJwe,
  'follow-up-credentials': FollowUpCredentials,
  'follow-up-request': FollowUpRequest,
  'follow-up-view': FollowUpView,
  'clock-advance': ClockAdvance,
  'sandbox-clock': SandboxClock,
} as const;

export type SchemaName = keyof typeof schemaCatalog;
export const schemaNames = /* @__PURE__ */ Object.keys(schemaCatalog) as SchemaName[];

export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(schemaCatalog, name);
}
