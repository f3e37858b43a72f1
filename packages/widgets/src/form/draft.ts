/**
 * What the referral form holds while the user types, and how it becomes a `ReferralCreate` body.
 * Everything stays in memory: nothing here touches storage, the URL or the console.
 */
import {
  type ConsentMethod,
  type ConsentPurpose,
  type ContactMethod,
  defaultResponseDueAt,
  type FormOfAssistance,
  type Priority,
  type ProtectionNeed,
  type ReferralCreate,
  type ReferralKind,
  type RiskLevel,
  type Service,
  type SharedDataCategory,
  type Victim,
  type VictimContact,
  type VictimType,
} from '@victim-referral/schemas';
import { buildCrossBorder, type CrossBorderAnswers, emptyCrossBorder } from './cross-border.js';

export type FormMode = ReferralKind;
export type AgeGroup = NonNullable<Victim['ageGroup']>;

export interface Draft extends CrossBorderAnswers {
  assistance: FormOfAssistance[];
  victimTypes: VictimType[];
  caseSummary: string;
  needsNotes: string;
  name: string;
  languages: string[];
  ageGroup: AgeGroup | '';
  contactKind: VictimContact['kind'] | '';
  channels: ContactMethod[];
  phone: string;
  email: string;
  app: string;
  safeTimes: string;
  mayLeaveMessage: boolean;
  doNotContactNotes: string;
  riskLevel: RiskLevel | '';
  protectionNeeds: ProtectionNeed[];
  assessmentNotes: string;
  purposes: ConsentPurpose[];
  method: ConsentMethod | '';
  withdrawalExplained: boolean;
  explicit: boolean;
  priority: Priority | '';
  /** A `datetime-local` value in the user's time zone, or empty for the priority's default. */
  responseDue: string;
}

/** A field of the form: an answer of the draft, or the data categories the consent covers (shown, not asked). */
export type FieldKey = keyof Draft | 'dataShared';

export type StepId = 'needs' | 'person' | 'crossBorder' | 'assessment' | 'consent' | 'priority' | 'review';

export function emptyDraft(languages: string[]): Draft {
  return {
    assistance: [],
    victimTypes: [],
    caseSummary: '',
    needsNotes: '',
    name: '',
    languages,
    ageGroup: '',
    contactKind: '',
    channels: [],
    phone: '',
    email: '',
    app: '',
    safeTimes: '',
    mayLeaveMessage: false,
    doNotContactNotes: '',
    riskLevel: '',
    protectionNeeds: [],
    assessmentNotes: '',
    purposes: [],
    method: '',
    withdrawalExplained: false,
    explicit: false,
    priority: '',
    responseDue: '',
    ...emptyCrossBorder,
  };
}

export function stepsFor(mode: FormMode): StepId[] {
  return mode === 'professional'
    ? ['needs', 'person', 'crossBorder', 'assessment', 'consent', 'priority', 'review']
    : ['needs', 'person', 'consent', 'review'];
}

/** Phone numbers as people type them (`+351 912 345-678`) in the protocol's form (`+351912345678`). */
export function normalisePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The categories of personal data the answers contain: what the consent must cover. */
export function sharedCategories(draft: Draft, mode: FormMode): SharedDataCategory[] {
  const categories: SharedDataCategory[] = ['identity', 'needs', 'case-summary'];
  if (draft.contactKind === 'safe-contact') categories.unshift('contact-details');
  if (mode === 'professional') categories.push('individual-assessment');
  return categories;
}

function channelsOf(draft: Draft) {
  const phone = normalisePhone(draft.phone);
  return draft.channels.map((method) => {
    switch (method) {
      case 'email':
        return { method, email: draft.email.trim() };
      case 'messaging-app':
        return { method, phone, ...(optionalText(draft.app) ? { app: draft.app.trim() } : {}) };
      default:
        return { method, phone };
    }
  });
}

function victimContact(draft: Draft) {
  if (draft.contactKind === 'safe-contact') {
    const safeTimes = optionalText(draft.safeTimes);
    return {
      kind: 'safe-contact' as const,
      channels: channelsOf(draft),
      ...(safeTimes ? { safeTimes } : {}),
      mayLeaveMessage: draft.mayLeaveMessage,
    };
  }
  if (draft.contactKind === 'do-not-contact') {
    const notes = optionalText(draft.doNotContactNotes);
    return { kind: 'do-not-contact' as const, ...(notes ? { notes } : {}) };
  }
  return undefined;
}

/** Converts a `datetime-local` value (the user's wall clock) to a UTC timestamp; undefined if invalid. */
export function responseDueTimestamp(value: string): string | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface BuildContext {
  mode: FormMode;
  service: Service | undefined;
  now: Date;
}

/** The request body the answers make. Invalid answers stay as typed: validation reports them. */
export function buildReferral(draft: Draft, { mode, service, now }: BuildContext): ReferralCreate {
  const needsNotes = optionalText(draft.needsNotes);
  const body: Record<string, unknown> = {
    status: 'sent',
    needs: {
      assistance: draft.assistance,
      victimTypes: draft.victimTypes,
      ...(needsNotes ? { notes: needsNotes } : {}),
    },
    caseSummary: draft.caseSummary.trim(),
    victim: {
      name: draft.name.trim(),
      languages: draft.languages,
      ...(draft.ageGroup ? { ageGroup: draft.ageGroup } : {}),
      contact: victimContact(draft),
    },
    consent: {
      explicit: draft.explicit,
      recordedAt: timestamp(now),
      method: mode === 'self' ? 'electronic' : draft.method || undefined,
      dataShared: sharedCategories(draft, mode),
      purposes: draft.purposes,
      sharedWith: 'receiving-organisation',
      withdrawalExplained: draft.withdrawalExplained,
    },
  };
  if (service) body.serviceId = service.id;
  const crossBorder = buildCrossBorder(draft, mode);
  if (crossBorder) body.crossBorder = crossBorder;
  if (mode === 'professional') {
    if (service) body.receivingOrganisationId = service.organisationId;
    const notes = optionalText(draft.assessmentNotes);
    body.assessment = {
      riskLevel: draft.riskLevel || undefined,
      protectionNeeds: draft.protectionNeeds,
      ...(notes ? { notes } : {}),
      assessedAt: timestamp(now),
    };
    if (draft.priority) body.priority = draft.priority;
    const due = responseDueTimestamp(draft.responseDue);
    if (due) body.responseDueAt = due;
  }
  return body as ReferralCreate;
}

export interface FieldProblem {
  readonly field: FieldKey;
  /** The schema's or the server's code (`too-big`, `invalid-format`…), or `required` for the form's own rules. */
  readonly code: string;
}

/** Rules the form adds to the schema: what a professional referral must have. */
export function formRules(draft: Draft, { mode, now }: BuildContext): FieldProblem[] {
  if (mode !== 'professional') return [];
  const problems: FieldProblem[] = [];
  if (!draft.priority) problems.push({ field: 'priority', code: 'required' });
  if (draft.responseDue) {
    const due = responseDueTimestamp(draft.responseDue);
    const latest = draft.priority ? defaultResponseDueAt(draft.priority, now).getTime() : Number.POSITIVE_INFINITY;
    const time = due ? Date.parse(due) : Number.NaN;
    if (!(time > now.getTime() && time <= latest)) problems.push({ field: 'responseDue', code: 'out-of-range' });
  }
  return problems;
}
