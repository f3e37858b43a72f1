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
  /** The forms of assistance asked for. */
  assistance: codeListOf(formsOfAssistance),
  /** What the victim has been through. */
  victimTypes: codeListOf(victimTypes),
  /** Anything else the receiver should know about the victim's needs, in words. */
  notes: z.optional(text(2000)),
});

/** Individual assessment of protection needs (Directive 2012/29/EU, Art. 22). */
export const IndividualAssessment = z.object({
  /** The risk to the victim. */
  riskLevel: codeOf(riskLevels),
  /** The specific protection needs found. */
  protectionNeeds: z.array(codeOf(protectionNeeds)).check(z.maxLength(protectionNeeds.length)),
  /** The assessor's notes. */
  notes: z.optional(text(2000)),
  /** When the assessment was made. */
  assessedAt: Timestamp,
});

/** One way the victim may safely be reached. */
export const SafeContactChannel = z.discriminatedUnion('method', [
  z.object({
    /** `phone`: a call. */
    method: z.literal('phone'),
    /** The number to call. */
    phone: PhoneNumber,
  }),
  z.object({
    /** `sms`: a text message. */
    method: z.literal('sms'),
    /** The number to text. */
    phone: PhoneNumber,
  }),
  z.object({
    /** `email`: an email. */
    method: z.literal('email'),
    /** The address to write to. */
    email: Email,
  }),
  z.object({
    /** `messaging-app`: a message in a messaging app. */
    method: z.literal('messaging-app'),
    /** The number the app is registered with. */
    phone: PhoneNumber,
    /** Which app, e.g. Signal. */
    app: z.optional(text(100)),
  }),
]);

/**
 * How the receiving organisation may reach the victim. `do-not-contact` means every contact goes
 * through the referring organisation: the victim may be watched by an abuser.
 */
export const VictimContact = z.discriminatedUnion('kind', [
  z.object({
    /** `safe-contact`: the receiver may contact the victim on the channels given. */
    kind: z.literal('safe-contact'),
    /** The ways the victim may safely be reached, preferred first. */
    channels: z.array(SafeContactChannel).check(z.minLength(1), z.maxLength(contactMethods.length)),
    /** When contact is safe, in the victim's words ("weekdays 10–12, not evenings"). */
    safeTimes: z.optional(text(500)),
    /** May the organisation leave a voicemail or message that names it? */
    mayLeaveMessage: z.boolean(),
  }),
  z.object({
    /** `do-not-contact`: every contact goes through the referring organisation. */
    kind: z.literal('do-not-contact'),
    /** Why, or what the referrer arranged instead. */
    notes: z.optional(text(500)),
  }),
]);

/** The minimum the receiving organisation needs to know about the person. */
export const Victim = z.object({
  /** Name or pseudonym the victim chose to be called. */
  name: text(200),
  /** The languages the victim speaks, preferred first. */
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(10)),
  /** The victim's age group, when it matters for the support. */
  ageGroup: z.optional(z.enum(['child', 'adult', 'older-adult'])),
  /** How the receiving organisation may reach the victim. */
  contact: VictimContact,
});

/**
 * The victim's explicit, itemised consent to share their information: what is shared, with
 * whom, for what, and that they were told how to withdraw it (GDPR Art. 7 and 9).
 */
export const Consent = z.object({
  /** Always `true`: consent must be given explicitly. */
  explicit: z.literal(true),
  /** When the consent was given. */
  recordedAt: Timestamp,
  /** How it was given. */
  method: codeOf(consentMethods),
  /** What of the victim's information it covers. */
  dataShared: codeListOf(sharedDataCategories),
  /** What it may be shared for. */
  purposes: codeListOf(consentPurposes),
  /** Always the receiving organisation: consent is never given to the network at large. */
  sharedWith: z.literal('receiving-organisation'),
  /** Always `true`: the victim was told how to withdraw their consent. */
  withdrawalExplained: z.literal(true),
});

export const ReferralKind = z.enum(['professional', 'self']);
export const ReferralStatusSchema = codeOf(referralStatuses);
export const PrioritySchema = codeOf(priorities);
export const OutcomeSchema = codeOf(outcomes);
/** A reason code of any status that takes one; `reasonCodesByStatus` says which go with which. */
export const ReasonCodeSchema = z.enum(allReasonCodes());

/** The fields of a referral, in their clear shape. */
const referralShape = {
  /** The referral's id. */
  id: Id,
  /** Its short human reference, to quote on the phone or in an email. */
  reference: ReferralReference,
  /** `professional`: sent by a point of contact; `self`: sent by the victim from a member's site. */
  kind: ReferralKind,
  /** Its status in the lifecycle. */
  status: ReferralStatusSchema,
  /** How urgently it needs an answer. */
  priority: PrioritySchema,
  /** The organisation that sent it (for a self-referral, the one whose site the victim used). */
  referringOrganisationId: Id,
  /** The organisation it is sent to. */
  receivingOrganisationId: Id,
  /** The service asked for; for a self-referral, the one the victim chose, possibly abroad. */
  serviceId: z.optional(Id),
  /** What the victim needs. */
  needs: Needs,
  /** What happened and what is asked, in the referrer's words; `null` once erased or when sealed. */
  caseSummary: z.nullable(text(4000)),
  /** The individual assessment of the victim's protection needs. */
  assessment: z.optional(IndividualAssessment),
  /** The cross-border situation of the case. */
  crossBorder: z.optional(CrossBorder),
  /** Who the victim is and how to reach them; `null` once erased or when sealed. */
  victim: z.nullable(Victim),
  /** The victim's consent to share their information with the receiver. */
  consent: Consent,
  /** When the receiver must have answered (accepted or declined) by. */
  responseDueAt: Timestamp,
  /** When it was sent. */
  sentAt: z.optional(Timestamp),
  /** Why the referral is in its current status, for the statuses that take a reason code. */
  statusReasonCode: z.optional(ReasonCodeSchema),
  /** Why, in words. */
  statusReason: z.optional(text(1000)),
  /** How the case ended, once closed. */
  outcome: z.optional(OutcomeSchema),
  /** The referral this one refers onward (`forwarded` in that one's events). */
  basedOn: z.optional(Id),
  /** When the victim's personal data was erased, after consent was withdrawn. */
  erasedAt: z.optional(Timestamp),
  /** When it was created. */
  createdAt: Timestamp,
  /** When it last changed. */
  updatedAt: Timestamp,
  /** Only in the answer to a self-referral's create, and only there: the victim's own follow-up. */
  followUp: z.optional(FollowUpCredentials),
};
/**
 * One case sent by a referring organisation to a receiving organisation. After consent is
 * withdrawn the personal data (`victim`, `caseSummary`, `assessment`, `sealed`, `needs.notes`,
 * `statusReason`, and the crime place and police reference of `crossBorder`) is erased and
 * `erasedAt` set; the shell stays for audit. The personal fields the sealing table names travel
 * either in clear or only inside `sealed`, never both.
 */
export const Referral = withSealing('referral', z.object(sealableShape('referral', referralShape)), referralShape);

const referralContent = {
  /** The service asked for. */
  serviceId: z.optional(Id),
  /** How urgently it needs an answer; `routine` when left out. */
  priority: z.optional(PrioritySchema),
  /** May only shorten the default timeframe of the priority. */
  responseDueAt: z.optional(Timestamp),
  /** What the victim needs. */
  needs: Needs,
  /** What happened and what is asked, in the referrer's words. */
  caseSummary: text(4000),
  /** The individual assessment of the victim's protection needs. */
  assessment: z.optional(IndividualAssessment),
  /** The cross-border situation of the case. */
  crossBorder: z.optional(CrossBorder),
  /** Who the victim is and how to reach them. */
  victim: Victim,
  /** The victim's consent to share their information with the receiver. */
  consent: Consent,
};

/** The fields of a referral's create, in their clear shape. */
const referralCreateShape = {
  /** `sent` (the default) sends it at once; `draft` keeps it to change before sending. */
  status: z.optional(z.enum(['draft', 'sent'])),
  /** The organisation it is sent to. */
  receivingOrganisationId: z.optional(Id),
  /** The referral in the caller's inbox this one refers onward. */
  basedOn: z.optional(Id),
  ...referralContent,
};
/**
 * Create a referral. With a contact token `receivingOrganisationId` is required; with a
 * publishable key (self-referral) the receiver is always the key's own organisation and the
 * field must be left out or name that organisation. `basedOn` refers onward a referral in the
 * caller's inbox that it accepted or works on, when the victim's consent includes `refer-onward`.
 */
export const ReferralCreate = withSealing(
  'referral',
  z.strictObject(sealableShape('referral', referralCreateShape)),
  referralCreateShape,
);

/** Change a draft. Every field is optional; only drafts can be changed. */
export const ReferralUpdate = withSealing(
  'referral',
  z.partial(
    z.strictObject(
      sealableShape('referral', {
        /** The organisation it is sent to. */
        receivingOrganisationId: Id,
        ...referralContent,
      }),
    ),
  ),
  {},
);

/**
 * Ask for a status change. The state machine says which need a `reasonCode` (of the target
 * status's vocabulary) or an `outcome`; `reason` is free text, required only with the code `other`.
 */
export const TransitionRequest = z.strictObject({
  /** The status to move the referral to. */
  to: ReferralStatusSchema,
  /** The reason code, for the statuses that take one. */
  reasonCode: z.optional(ReasonCodeSchema),
  /** Why, in words: required with the code `other`. */
  reason: z.optional(text(1000)),
  /** How the case ended, when it is closed. */
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
