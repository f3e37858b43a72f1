/**
 * The controlled vocabularies of the protocol: stable codes with English labels.
 * Codes never change once published; labels may be reworded. Translations of the labels ship
 * with the widgets. Every enum schema in the records is derived from these lists.
 */

export interface VocabularyTerm<Code extends string = string> {
  readonly code: Code;
  readonly label: string;
}

/* @__NO_SIDE_EFFECTS__ */
function vocabulary<const Code extends string>(terms: readonly VocabularyTerm<Code>[]) {
  return terms;
}

/** The kinds of crime, or of harm, a victim has been through. */
export const victimTypes = vocabulary([
  { code: 'violent-crime', label: 'Violent crime' },
  { code: 'domestic-violence', label: 'Domestic violence' },
  { code: 'sexual-violence', label: 'Sexual violence' },
  { code: 'gender-based-violence', label: 'Gender-based violence' },
  { code: 'child-abuse', label: 'Child abuse' },
  { code: 'human-trafficking', label: 'Human trafficking' },
  { code: 'terrorism', label: 'Terrorism' },
  { code: 'hate-crime', label: 'Hate crime' },
  { code: 'stalking-harassment', label: 'Stalking and harassment' },
  { code: 'robbery-theft', label: 'Robbery, theft and burglary' },
  { code: 'fraud-cybercrime', label: 'Fraud and cybercrime' },
  { code: 'road-traffic', label: 'Road traffic crime' },
  { code: 'homicide-bereaved', label: 'Bereaved by homicide' },
  { code: 'mass-victimisation', label: 'Mass victimisation' },
  { code: 'other', label: 'Other crime' },
]);

/** The forms of assistance a service offers and a victim may ask for. */
export const formsOfAssistance = vocabulary([
  { code: 'emotional-support', label: 'Emotional support' },
  { code: 'information', label: 'Information on rights and procedures' },
  { code: 'legal-advice', label: 'Legal advice' },
  { code: 'practical-support', label: 'Practical support' },
  { code: 'court-accompaniment', label: 'Accompaniment to police and court' },
  { code: 'psychological-counselling', label: 'Psychological counselling' },
  { code: 'trauma-therapy', label: 'Trauma therapy' },
  { code: 'medical-referral', label: 'Referral to medical care' },
  { code: 'shelter', label: 'Shelter and safe accommodation' },
  { code: 'compensation-claims', label: 'Help with compensation claims' },
  { code: 'interpretation', label: 'Interpretation and translation' },
  { code: 'restorative-justice', label: 'Restorative justice' },
  { code: 'advocacy', label: 'Advocacy' },
  { code: 'peer-support', label: 'Peer support' },
  { code: 'repatriation-support', label: 'Help returning home' },
]);

/** How a service is delivered: in person, by phone, online. */
export const deliveryModes = vocabulary([
  { code: 'in-person', label: 'In person' },
  { code: 'phone', label: 'Phone' },
  { code: 'chat', label: 'Chat' },
  { code: 'video', label: 'Video call' },
  { code: 'email', label: 'Email' },
  { code: 'outreach', label: 'Outreach visits' },
]);

/** How a victim can come to a service: by self-referral, through the police, by a professional. */
export const accessRoutes = vocabulary([
  { code: 'self', label: 'Victims contact the service themselves' },
  { code: 'police', label: 'Referred by the police' },
  { code: 'helpline', label: 'Through a helpline' },
  { code: 'health', label: 'Referred by health services' },
  { code: 'social-services', label: 'Referred by social services' },
  { code: 'consulate', label: 'Referred by an embassy or consulate' },
  { code: 'other-services', label: 'Referred by other support services' },
]);

/** What makes a service accessible to victims with disabilities or other needs. */
export const accessibilityFeatures = vocabulary([
  { code: 'step-free-access', label: 'Step-free access' },
  { code: 'accessible-toilet', label: 'Accessible toilet' },
  { code: 'hearing-loop', label: 'Hearing loop' },
  { code: 'sign-language', label: 'Sign language' },
  { code: 'easy-read', label: 'Easy-read information' },
  { code: 'screen-reader-friendly', label: 'Screen-reader friendly channels' },
]);

/** Whether a service can take on new cases now. */
export const capacityStatuses = vocabulary([
  { code: 'accepting', label: 'Accepting new cases' },
  { code: 'waiting-list', label: 'Waiting list' },
  { code: 'full', label: 'Not accepting new cases' },
]);

/** Where the money for a service comes from. */
export const fundingSources = vocabulary([
  { code: 'government', label: 'Government' },
  { code: 'eu', label: 'European Union' },
  { code: 'local-authority', label: 'Local authority' },
  { code: 'foundations', label: 'Foundations and grants' },
  { code: 'donations', label: 'Private donations' },
  { code: 'offender-surcharge', label: 'Victim surcharge on offenders' },
  { code: 'other', label: 'Other' },
]);

/** How urgently a referral needs an answer; each priority has its own timeframe. */
export const priorities = vocabulary([
  { code: 'routine', label: 'Routine' },
  { code: 'urgent', label: 'Urgent' },
  { code: 'immediate', label: 'Immediate' },
]);

/** The statuses of a referral in the lifecycle. */
export const referralStatuses = vocabulary([
  { code: 'draft', label: 'Draft' },
  { code: 'sent', label: 'Sent' },
  { code: 'received', label: 'Received' },
  { code: 'accepted', label: 'Accepted' },
  { code: 'declined', label: 'Declined' },
  { code: 'in-progress', label: 'In progress' },
  { code: 'on-hold', label: 'On hold' },
  { code: 'completed', label: 'Completed' },
  { code: 'failed', label: 'Failed' },
  { code: 'cancelled', label: 'Cancelled' },
  { code: 'withdrawn-consent', label: 'Consent withdrawn' },
]);

/** How a case ended, when it is closed. */
export const outcomes = vocabulary([
  { code: 'support-provided', label: 'Support provided' },
  { code: 'partially-supported', label: 'Partly supported' },
  { code: 'could-not-contact', label: 'Could not contact the victim' },
  { code: 'no-longer-interested', label: 'Victim no longer interested' },
  { code: 'referred-elsewhere', label: 'Referred elsewhere' },
  { code: 'not-eligible', label: 'Not eligible' },
  { code: 'other', label: 'Other' },
]);

/** Why a receiver declines a referral: what lets the network report why referrals fail. */
export const declineReasons = vocabulary([
  { code: 'no-capacity', label: 'No capacity' },
  { code: 'outside-remit', label: 'Outside our remit' },
  { code: 'outside-area', label: 'Outside our area' },
  { code: 'victim-unreachable', label: 'Victim could not be reached' },
  { code: 'duplicate', label: 'Duplicate of another referral' },
  { code: 'other', label: 'Other' },
]);

/** Why a referral is cancelled, by either party. */
export const cancellationReasons = vocabulary([
  { code: 'sent-in-error', label: 'Sent in error' },
  { code: 'duplicate', label: 'Duplicate of another referral' },
  { code: 'victim-helped-elsewhere', label: 'Victim found help elsewhere' },
  { code: 'victim-declined-support', label: 'Victim no longer wants support' },
  { code: 'victim-unreachable', label: 'Victim could not be reached' },
  { code: 'other', label: 'Other' },
]);

/** Why the receiver pauses work on a case. */
export const holdReasons = vocabulary([
  { code: 'awaiting-victim', label: 'Waiting for the victim' },
  { code: 'awaiting-information', label: 'Waiting for information' },
  { code: 'awaiting-interpreter', label: 'Waiting for an interpreter' },
  { code: 'awaiting-proceedings', label: 'Waiting for the criminal proceedings' },
  { code: 'no-capacity', label: 'No capacity for now' },
  { code: 'other', label: 'Other' },
]);

/** How far the criminal proceedings about the crime have gone. */
export const proceedingsStages = vocabulary([
  { code: 'none', label: 'No proceedings' },
  { code: 'investigation', label: 'Investigation' },
  { code: 'prosecution', label: 'Prosecution' },
  { code: 'trial', label: 'Trial' },
  { code: 'appeal', label: 'Appeal' },
  { code: 'closed', label: 'Closed' },
  { code: 'unknown', label: 'Not known' },
]);

/** The risk to the victim found by the individual assessment. */
export const riskLevels = vocabulary([
  { code: 'low', label: 'Low' },
  { code: 'medium', label: 'Medium' },
  { code: 'high', label: 'High' },
]);

/** The specific protection needs found by the individual assessment. */
export const protectionNeeds = vocabulary([
  { code: 'avoid-contact-with-offender', label: 'Avoid contact with the offender' },
  { code: 'safe-accommodation', label: 'Safe accommodation' },
  { code: 'interpreter', label: 'Interpreter' },
  { code: 'special-measures-in-court', label: 'Special measures in court' },
  { code: 'child-specific-needs', label: 'Needs specific to a child' },
  { code: 'disability-adjustments', label: 'Adjustments for a disability' },
  { code: 'same-gender-worker', label: 'Support worker of the same gender' },
  { code: 'protection-order', label: 'Protection order' },
]);

/** The ways a victim may safely be reached. */
export const contactMethods = vocabulary([
  { code: 'phone', label: 'Phone call' },
  { code: 'sms', label: 'Text message' },
  { code: 'email', label: 'Email' },
  { code: 'messaging-app', label: 'Messaging app' },
]);

/** How the victim gave their consent. */
export const consentMethods = vocabulary([
  { code: 'written', label: 'Written' },
  { code: 'verbal', label: 'Verbal, recorded by the referrer' },
  { code: 'electronic', label: 'Electronic, given online' },
]);

/** What part of the victim's information a consent covers. */
export const sharedDataCategories = vocabulary([
  { code: 'contact-details', label: 'Contact details' },
  { code: 'identity', label: 'Name and languages' },
  { code: 'needs', label: 'Support needs' },
  { code: 'case-summary', label: 'Summary of what happened' },
  { code: 'individual-assessment', label: 'Individual assessment' },
]);

/** What the victim consented their information be shared for. */
export const consentPurposes = vocabulary([
  { code: 'provide-support', label: 'To provide support' },
  { code: 'contact-victim', label: 'To contact the victim' },
  { code: 'refer-onward', label: 'To refer onward within the network' },
]);

/** The events of a referral a webhook subscription can receive. */
export const webhookEventTypes = vocabulary([
  { code: 'referral.received', label: 'A referral arrived in the inbox' },
  { code: 'referral.transitioned', label: 'A referral changed status' },
  { code: 'referral.message-created', label: 'A message was posted on a referral' },
  { code: 'referral.due-soon', label: 'A referral is still unanswered with a quarter of its answer time left' },
  { code: 'referral.overdue', label: 'A referral passed its answer deadline unanswered' },
]);

/** What a victim following their own self-referral should expect next, by its status. */
export const followUpNextSteps = vocabulary([
  { code: 'wait-for-contact', label: 'The organisation will contact you' },
  { code: 'support-under-way', label: 'Your support is under way' },
  { code: 'support-paused', label: 'Your support is paused for now' },
  { code: 'contact-organisation', label: 'Contact the organisation to find other help' },
  { code: 'support-completed', label: 'Your support has ended' },
  { code: 'consent-withdrawn', label: 'You withdrew your consent; your personal data was erased' },
]);

/** The days of the week, for opening hours. */
export const weekdays = vocabulary([
  { code: 'mon', label: 'Monday' },
  { code: 'tue', label: 'Tuesday' },
  { code: 'wed', label: 'Wednesday' },
  { code: 'thu', label: 'Thursday' },
  { code: 'fri', label: 'Friday' },
  { code: 'sat', label: 'Saturday' },
  { code: 'sun', label: 'Sunday' },
]);

/** Every vocabulary by name, as served by `GET /v1/taxonomy`. */
export const vocabularies = {
  victimTypes,
  formsOfAssistance,
  deliveryModes,
  accessRoutes,
  accessibilityFeatures,
  capacityStatuses,
  fundingSources,
  priorities,
  referralStatuses,
  outcomes,
  declineReasons,
  cancellationReasons,
  holdReasons,
  proceedingsStages,
  riskLevels,
  protectionNeeds,
  contactMethods,
  consentMethods,
  sharedDataCategories,
  consentPurposes,
  webhookEventTypes,
  followUpNextSteps,
  weekdays,
} as const;

export type VocabularyName = keyof typeof vocabularies;
export type CodeOf<V extends VocabularyName> = (typeof vocabularies)[V][number]['code'];

export type VictimType = CodeOf<'victimTypes'>;
export type FormOfAssistance = CodeOf<'formsOfAssistance'>;
export type DeliveryMode = CodeOf<'deliveryModes'>;
export type AccessRoute = CodeOf<'accessRoutes'>;
export type AccessibilityFeature = CodeOf<'accessibilityFeatures'>;
export type CapacityStatus = CodeOf<'capacityStatuses'>;
export type FundingSource = CodeOf<'fundingSources'>;
export type Priority = CodeOf<'priorities'>;
export type ReferralStatus = CodeOf<'referralStatuses'>;
export type Outcome = CodeOf<'outcomes'>;
export type DeclineReason = CodeOf<'declineReasons'>;
export type CancellationReason = CodeOf<'cancellationReasons'>;
export type HoldReason = CodeOf<'holdReasons'>;
/** A reason code of any status that asks for one. */
export type ReasonCode = DeclineReason | CancellationReason | HoldReason;
export type ProceedingsStage = CodeOf<'proceedingsStages'>;
export type RiskLevel = CodeOf<'riskLevels'>;
export type ProtectionNeed = CodeOf<'protectionNeeds'>;
export type ContactMethod = CodeOf<'contactMethods'>;
export type ConsentMethod = CodeOf<'consentMethods'>;
export type SharedDataCategory = CodeOf<'sharedDataCategories'>;
export type ConsentPurpose = CodeOf<'consentPurposes'>;
export type WebhookEventType = CodeOf<'webhookEventTypes'>;
export type FollowUpNextStep = CodeOf<'followUpNextSteps'>;
export type Weekday = CodeOf<'weekdays'>;

/** The codes of a vocabulary, in order. */
/* @__NO_SIDE_EFFECTS__ */
export function codesOf<const Code extends string>(terms: readonly VocabularyTerm<Code>[]): [Code, ...Code[]] {
  return terms.map((term) => term.code) as [Code, ...Code[]];
}
