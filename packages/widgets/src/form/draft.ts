/**
 * What the referral form holds while the user types, how it becomes a `ReferralCreate` body, and
 * how validation problems (the schemas' own, or the server's) map back to the form's fields.
 * Everything stays in memory: nothing here touches storage, the URL or the console.
 */
import {
  type ConsentMethod,
  type ConsentPurpose,
  type ContactMethod,
  defaultResponseDueAt,
  type FieldError,
  type FormOfAssistance,
  type Priority,
  type ProtectionNeed,
  type ReferralCreate,
  ReferralCreate as ReferralCreateSchema,
  type ReferralKind,
  type RiskLevel,
  type Service,
  type SharedDataCategory,
  toFieldErrors,
  type Victim,
  type VictimContact,
  type VictimType,
} from '@victim-referral/schemas';

export type FormMode = ReferralKind;
export type AgeGroup = NonNullable<Victim['ageGroup']>;

export interface Draft {
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

export type FieldKey = Exclude<keyof Draft, 'mayLeaveMessage'> | 'dataShared';

export type StepId = 'needs' | 'person' | 'assessment' | 'consent' | 'priority' | 'review';

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
  };
}

export function stepsFor(mode: FormMode): StepId[] {
  return mode === 'professional'
    ? ['needs', 'person', 'assessment', 'consent', 'priority', 'review']
    : ['needs', 'person', 'consent', 'review'];
}

export const stepOfField: Record<FieldKey, StepId> = {
  assistance: 'needs',
  victimTypes: 'needs',
  caseSummary: 'needs',
  needsNotes: 'needs',
  name: 'person',
  languages: 'person',
  ageGroup: 'person',
  contactKind: 'person',
  channels: 'person',
  phone: 'person',
  email: 'person',
  app: 'person',
  safeTimes: 'person',
  doNotContactNotes: 'person',
  riskLevel: 'assessment',
  protectionNeeds: 'assessment',
  assessmentNotes: 'assessment',
  dataShared: 'consent',
  purposes: 'consent',
  method: 'consent',
  withdrawalExplained: 'consent',
  explicit: 'consent',
  priority: 'priority',
  responseDue: 'priority',
};

/** The longest text each free-text field takes, as the schemas allow. */
export const maxLengths: Partial<Record<FieldKey, number>> = {
  caseSummary: 4000,
  needsNotes: 2000,
  name: 200,
  app: 100,
  safeTimes: 500,
  doNotContactNotes: 500,
  assessmentNotes: 2000,
};

const channelField: Record<string, FieldKey> = { phone: 'phone', email: 'email', app: 'app' };

/** The form field a JSON Pointer into a `ReferralCreate` body is about; undefined when none is. */
export function fieldOfPointer(pointer: string): FieldKey | undefined {
  const [head, second, third, , fifth] = pointer.split('/').slice(1);
  switch (head) {
    case 'needs':
      return second === 'notes'
        ? 'needsNotes'
        : second === 'assistance' || second === 'victimTypes'
          ? second
          : undefined;
    case 'caseSummary':
      return 'caseSummary';
    case 'priority':
      return 'priority';
    case 'responseDueAt':
      return 'responseDue';
    case 'assessment':
      return second === 'notes' ? 'assessmentNotes' : second === 'protectionNeeds' ? 'protectionNeeds' : 'riskLevel';
    case 'consent':
      if (second === 'withdrawalExplained' || second === 'method' || second === 'purposes') return second;
      return second === 'dataShared' ? 'dataShared' : 'explicit';
    case 'victim':
      if (second === 'name' || second === 'languages' || second === 'ageGroup') return second;
      if (second !== 'contact') return 'name';
      if (third === 'channels') return fifth ? (channelField[fifth] ?? 'channels') : 'channels';
      if (third === 'safeTimes') return 'safeTimes';
      if (third === 'notes') return 'doNotContactNotes';
      return 'contactKind';
    default:
      return undefined;
  }
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
function formRules(draft: Draft, { mode, now }: BuildContext): FieldProblem[] {
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

/** The problems of the answers, one per field, in the order of the form. */
export function validateDraft(draft: Draft, context: BuildContext): FieldProblem[] {
  const referral = buildReferral(draft, context);
  const result = ReferralCreateSchema.safeParse(referral);
  const fromSchema = result.success ? [] : problemsOf(toFieldErrors(result.error, referral));
  return orderAndDedupe([...fromSchema, ...formRules(draft, context)]);
}

/** Field problems from the protocol's field errors (the schema's, or a 400/422 answer's). */
export function problemsOf(errors: readonly FieldError[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = fieldOfPointer(error.path);
    return field ? [{ field, code: error.code }] : [];
  });
}

const fieldOrder = Object.keys(stepOfField) as FieldKey[];

function orderAndDedupe(problems: FieldProblem[]): FieldProblem[] {
  const byField = new Map<FieldKey, FieldProblem>();
  for (const problem of problems) if (!byField.has(problem.field)) byField.set(problem.field, problem);
  return [...byField.values()].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));
}
