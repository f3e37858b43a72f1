import * as z from 'zod/mini';
import { allReasonCodes } from '../lifecycle.js';
import {
  codeListOf,
  codeOf,
  Email,
  Id,
  LanguageTag,
  PhoneNumber,
  ReferralReference,
  Timestamp,
  text,
} from '../primitives.js';
import {
  consentMethods,
  consentPurposes,
  contactMethods,
  formsOfAssistance,
  outcomes,
  priorities,
  protectionNeeds,
  referralStatuses,
  riskLevels,
  sharedDataCategories,
  victimTypes,
} from '../vocabularies.js';
import { CrossBorder } from './cross-border.js';
import { FollowUpCredentials } from './follow-up.js';
import { sealableShape, withSealing } from './sealable.js';

/** What the victim needs: the forms of assistance asked for and what they have been through. */
export const Needs = z.object({
  assistance: codeListOf(formsOfAssistance),
  victimTypes: codeListOf(victimTypes),
  notes: z.optional(text(2000)),
});

/** Individual assessment of protection needs (Directive 2012/29/EU, Art. 22). */
export const IndividualAssessment = z.object({
  riskLevel: codeOf(riskLevels),
  protectionNeeds: z.array(codeOf(protectionNeeds)).check(z.maxLength(protectionNeeds.length)),
  notes: z.optional(text(2000)),
  assessedAt: Timestamp,
});

/** One way the victim may safely be reached. */
export const SafeContactChannel = z.discriminatedUnion('method', [
  z.object({ method: z.literal('phone'), phone: PhoneNumber }),
  z.object({ method: z.literal('sms'), phone: PhoneNumber }),
  z.object({ method: z.literal('email'), email: Email }),
  z.object({ method: z.literal('messaging-app'), phone: PhoneNumber, app: z.optional(text(100)) }),
]);

/**
 * How the receiving organisation may reach the victim. `do-not-contact` means every contact goes
 * through the referring organisation: the victim may be watched by an abuser.
 */
export const VictimContact = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('safe-contact'),
    channels: z.array(SafeContactChannel).check(z.minLength(1), z.maxLength(contactMethods.length)),
    /** When contact is safe, in the victim's words ("weekdays 10–12, not evenings"). */
    safeTimes: z.optional(text(500)),
    /** May the organisation leave a voicemail or message that names it? */
    mayLeaveMessage: z.boolean(),
  }),
  z.object({
    kind: z.literal('do-not-contact'),
    notes: z.optional(text(500)),
  }),
]);

/** The minimum the receiving organisation needs to know about the person. */
export const Victim = z.object({
  /** Name or pseudonym the victim chose to be called. */
  name: text(200),
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(10)),
  ageGroup: z.optional(z.enum(['child', 'adult', 'older-adult'])),
  contact: VictimContact,
});

/**
 * The victim's explicit, itemised consent to share their information: what is shared, with
 * whom, for what, and that they were told how to withdraw it (GDPR Art. 7 and 9).
 */
export const Consent = z.object({
  explicit: z.literal(true),
  recordedAt: Timestamp,
  method: codeOf(consentMethods),
  dataShared: codeListOf(sharedDataCategories),
  purposes: codeListOf(consentPurposes),
  /** Always the receiving organisation: consent is never given to the network at large. */
  sharedWith: z.literal('receiving-organisation'),
  withdrawalExplained: z.literal(true),
});

export const ReferralKind = z.enum(['professional', 'self']);
export const ReferralStatusSchema = codeOf(referralStatuses);
export const PrioritySchema = codeOf(priorities);
export const OutcomeSchema = codeOf(outcomes);
/** A reason code of any status that takes one; `reasonCodesByStatus` says which go with which. */
export const ReasonCodeSchema = z.enum(allReasonCodes());

/**
 * One case sent by a referring organisation to a receiving organisation. After consent is
 * withdrawn the personal data (`victim`, `caseSummary`, `assessment`, `sealed`, `needs.notes`,
 * `statusReason`, and the crime place and police reference of `crossBorder`) is erased and
 * `erasedAt` set; the shell stays for audit. The personal fields the sealing table names travel
 * either in clear or only inside `sealed`, never both.
 */
const referralShape = {
  id: Id,
  reference: ReferralReference,
  kind: ReferralKind,
  status: ReferralStatusSchema,
  priority: PrioritySchema,
  referringOrganisationId: Id,
  receivingOrganisationId: Id,
  /** The service asked for; for a self-referral, the one the victim chose, possibly abroad. */
  serviceId: z.optional(Id),
  needs: Needs,
  caseSummary: z.nullable(text(4000)),
  assessment: z.optional(IndividualAssessment),
  crossBorder: z.optional(CrossBorder),
  victim: z.nullable(Victim),
  consent: Consent,
  responseDueAt: Timestamp,
  sentAt: z.optional(Timestamp),
  /** Why the referral is in its current status, for the statuses that take a reason code. */
  statusReasonCode: z.optional(ReasonCodeSchema),
  statusReason: z.optional(text(1000)),
  outcome: z.optional(OutcomeSchema),
  /** The referral this one refers onward (`forwarded` in that one's events). */
  basedOn: z.optional(Id),
  erasedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Only in the answer to a self-referral's create, and only there: the victim's own follow-up. */
  followUp: z.optional(FollowUpCredentials),
};
export const Referral = withSealing('referral', z.object(sealableShape('referral', referralShape)), referralShape);

const referralContent = {
  serviceId: z.optional(Id),
  priority: z.optional(PrioritySchema),
  /** May only shorten the default timeframe of the priority. */
  responseDueAt: z.optional(Timestamp),
  needs: Needs,
  caseSummary: text(4000),
  assessment: z.optional(IndividualAssessment),
  crossBorder: z.optional(CrossBorder),
  victim: Victim,
  consent: Consent,
};

/**
 * Create a referral. With a contact token `receivingOrganisationId` is required; with a
 * publishable key (self-referral) the receiver is always the key's own organisation and the
 * field must be left out or name that organisation. `basedOn` refers onward a referral in the
 * caller's inbox that it accepted or works on, when the victim's consent includes `refer-onward`.
 */
const referralCreateShape = {
  status: z.optional(z.enum(['draft', 'sent'])),
  receivingOrganisationId: z.optional(Id),
  basedOn: z.optional(Id),
  ...referralContent,
};
export const ReferralCreate = withSealing(
  'referral',
  z.strictObject(sealableShape('referral', referralCreateShape)),
  referralCreateShape,
);

/** Change a draft. Every field is optional; only drafts can be changed. */
export const ReferralUpdate = withSealing(
  'referral',
  z.partial(z.strictObject(sealableShape('referral', { receivingOrganisationId: Id, ...referralContent }))),
  {},
);

/**
 * Ask for a status change. The state machine says which need a `reasonCode` (of the target
 * status's vocabulary) or an `outcome`; `reason` is free text, required only with the code `other`.
 */
export const TransitionRequest = z.strictObject({
  to: ReferralStatusSchema,
  reasonCode: z.optional(ReasonCodeSchema),
  reason: z.optional(text(1000)),
  outcome: z.optional(OutcomeSchema),
});

export type Needs = z.infer<typeof Needs>;
export type IndividualAssessment = z.infer<typeof IndividualAssessment>;
export type SafeContactChannel = z.infer<typeof SafeContactChannel>;
export type VictimContact = z.infer<typeof VictimContact>;
export type Victim = z.infer<typeof Victim>;
export type Consent = z.infer<typeof Consent>;
export type ReferralKind = z.infer<typeof ReferralKind>;
export type Referral = z.infer<typeof Referral>;
export type ReferralCreate = z.input<typeof ReferralCreate>;
export type ReferralUpdate = z.input<typeof ReferralUpdate>;
export type TransitionRequest = z.input<typeof TransitionRequest>;
