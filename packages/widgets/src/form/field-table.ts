/**
 * Every field of the referral form in one table, in the order of the form: the step it is asked
 * on, where its answer goes in a `ReferralCreate` body (so the schema's and the server's field
 * errors land on it), the longest answer the schema allows, the message for a wrong answer, when
 * it is asked, its label and how "Check your answers" shows it. The step templates, the error
 * summary, the review and the mapping of field errors all read it.
 *
 * A new step with a few fields: add its id to `StepId` and `stepsFor` (draft.ts), its answers to
 * `Draft`, its rows here (or in a module of its own, like `cross-border-fields.ts`), and a template
 * module in `steps/`.
 */
import type { ContactMethod, SharedDataCategory } from '@victim-referral/schemas';
import { crossBorderFields } from './cross-border-fields.js';
import { type Draft, type FieldKey, type FormMode, type StepId, sharedCategories } from './draft.js';
import { type ErrorMessages, type FieldSpec, one, orNot, stepOf, text, yesNo } from './field-spec.js';
import { firstChoiceId } from './fields.js';

const safeContact = (draft: Draft) => draft.contactKind === 'safe-contact';
const usesChannel = (draft: Draft, test: (method: ContactMethod) => boolean) =>
  safeContact(draft) && draft.channels.some(test);

export const fields: readonly FieldSpec[] = [
  {
    key: 'assistance',
    step: 'needs',
    at: ['/needs/assistance'],
    control: 'group',
    error: 'assistance',
    label: (s) => s.needs.assistance,
    answer: (d, v) => v.labelList('formsOfAssistance', d.assistance),
  },
  {
    key: 'victimTypes',
    step: 'needs',
    at: ['/needs/victimTypes'],
    control: 'group',
    error: 'victimTypes',
    label: (s) => s.needs.victimTypes,
    answer: (d, v) => v.labelList('victimTypes', d.victimTypes),
  },
  text({
    key: 'caseSummary',
    step: 'needs',
    at: ['/caseSummary'],
    error: 'caseSummary',
    label: (s) => s.needs.caseSummary,
    answer: (d, v) => orNot(d.caseSummary, v),
  }),
  text({
    key: 'needsNotes',
    step: 'needs',
    at: ['/needs/notes'],
    label: (s) => s.needs.notes,
    answer: (d, v) => orNot(d.needsNotes, v),
  }),
  text({
    key: 'name',
    step: 'person',
    at: ['/victim/name', '/victim'],
    error: 'name',
    label: (s) => s.person.name,
    answer: (d, v) => orNot(d.name, v),
  }),
  {
    key: 'languages',
    step: 'person',
    at: ['/victim/languages'],
    control: 'group',
    error: 'languages',
    label: (s) => s.person.languages,
    answer: (d, v) => v.languageList(d.languages),
  },
  {
    key: 'ageGroup',
    step: 'person',
    at: ['/victim/ageGroup'],
    control: 'single',
    label: (s) => s.person.ageGroup,
    answer: (d, v) => v.strings.person.ageGroups[d.ageGroup || 'unspecified'],
  },
  {
    key: 'contactKind',
    step: 'person',
    at: ['/victim/contact'],
    control: 'group',
    error: 'contact',
    label: (s) => s.person.contact,
    answer: (d, v) =>
      v.variant(d.contactKind === 'do-not-contact' ? v.strings.person.contactNone : v.strings.person.contactSafe),
  },
  {
    key: 'channels',
    step: 'person',
    at: ['/victim/contact/channels'],
    control: 'group',
    error: 'channels',
    shown: safeContact,
    label: (s) => s.person.channels,
    answer: (d, v) => v.labelList('contactMethods', d.channels),
  },
  {
    key: 'phone',
    step: 'person',
    at: ['/victim/contact/channels/*/phone'],
    control: 'text',
    error: 'phone',
    shown: (d) => usesChannel(d, (method) => method !== 'email'),
    label: (s) => s.person.phone,
    answer: (d) => d.phone,
  },
  text({
    key: 'app',
    step: 'person',
    at: ['/victim/contact/channels/*/app'],
    shown: (d) => usesChannel(d, (method) => method === 'messaging-app'),
    label: (s) => s.person.app,
    answer: (d, v) => orNot(d.app, v),
  }),
  {
    key: 'email',
    step: 'person',
    at: ['/victim/contact/channels/*/email'],
    control: 'text',
    error: 'email',
    shown: (d) => usesChannel(d, (method) => method === 'email'),
    label: (s) => s.person.email,
    answer: (d) => d.email,
  },
  text({
    key: 'safeTimes',
    step: 'person',
    at: ['/victim/contact/safeTimes'],
    shown: safeContact,
    label: (s) => s.person.safeTimes,
    answer: (d, v) => orNot(d.safeTimes, v),
  }),
  {
    key: 'mayLeaveMessage',
    step: 'person',
    at: ['/victim/contact/mayLeaveMessage'],
    control: 'single',
    shown: safeContact,
    label: (s) => s.person.mayLeaveMessage,
    answer: (d, v) => yesNo(d.mayLeaveMessage, v),
  },
  text({
    key: 'doNotContactNotes',
    step: 'person',
    at: ['/victim/contact/notes'],
    shown: (d) => d.contactKind !== 'safe-contact',
    label: (s) => s.person.doNotContactNotes,
    answer: (d, v) => orNot(d.doNotContactNotes, v),
  }),
  ...crossBorderFields,
  {
    key: 'riskLevel',
    step: 'assessment',
    at: ['/assessment/riskLevel', '/assessment'],
    control: 'group',
    error: 'riskLevel',
    label: (s) => s.assessment.riskLevel,
    answer: (d, v) => v.labelList('riskLevels', one(d.riskLevel)),
  },
  {
    key: 'protectionNeeds',
    step: 'assessment',
    at: ['/assessment/protectionNeeds'],
    control: 'group',
    label: (s) => s.assessment.protectionNeeds,
    answer: (d, v) => v.labelList('protectionNeeds', d.protectionNeeds),
  },
  text({
    key: 'assessmentNotes',
    step: 'assessment',
    at: ['/assessment/notes'],
    label: (s) => s.assessment.notes,
    answer: (d, v) => orNot(d.assessmentNotes, v),
  }),
  {
    key: 'dataShared',
    step: 'consent',
    at: ['/consent/dataShared'],
    control: 'computed',
    label: (s) => s.consent.dataShared,
    answer: (d, v) => v.labelList('sharedDataCategories', sharedCategories(d, v.mode) satisfies SharedDataCategory[]),
  },
  {
    key: 'purposes',
    step: 'consent',
    at: ['/consent/purposes'],
    control: 'group',
    error: 'purposes',
    label: (s) => s.consent.purposes,
    answer: (d, v) => v.labelList('consentPurposes', d.purposes),
  },
  {
    key: 'withdrawalExplained',
    step: 'consent',
    at: ['/consent/withdrawalExplained'],
    control: 'single',
    error: 'withdrawal',
    label: (s) => s.consent.withdrawalConfirm,
    answer: (d, v) => yesNo(d.withdrawalExplained, v),
  },
  {
    key: 'method',
    step: 'consent',
    at: ['/consent/method'],
    control: 'group',
    error: 'method',
    shown: (_, mode) => mode === 'professional',
    label: (s) => s.consent.method,
    answer: (d, v) => v.labelList('consentMethods', one(d.method)),
  },
  {
    key: 'explicit',
    step: 'consent',
    at: ['/consent/explicit', '/consent'],
    control: 'single',
    error: 'explicit',
    label: (s) => s.consent.explicit,
    answer: (d, v) => yesNo(d.explicit, v),
  },
  {
    key: 'priority',
    step: 'priority',
    at: ['/priority'],
    control: 'group',
    error: 'priority',
    label: (s) => s.priority.priority,
    answer: (d, v) => v.labelList('priorities', one(d.priority)),
  },
  {
    key: 'responseDue',
    step: 'priority',
    at: ['/responseDueAt'],
    control: 'text',
    error: 'responseDue',
    label: (s) => s.priority.responseDue,
    answer: (d, v) => (d.responseDue ? v.dateTime(new Date(d.responseDue)) : v.strings.review.defaultResponseDue),
  },
];

const byKey = new Map(fields.map((spec) => [spec.key, spec]));

export function fieldSpec(key: FieldKey): FieldSpec {
  const spec = byKey.get(key);
  if (!spec) throw new Error(`The form has no field ${key}`);
  return spec;
}

export function isShown(spec: FieldSpec, draft: Draft, mode: FormMode): boolean {
  return spec.shown?.(draft, mode) ?? true;
}

/** The fields asked on `step` with these answers, in order. */
export function fieldsOf(step: StepId, draft: Draft, mode: FormMode): FieldSpec[] {
  return fields.filter((spec) => stepOf(spec, mode) === step && isShown(spec, draft, mode));
}

/** Whether `pointer` falls under `pattern`; the number of segments matched, or -1. */
function matchLength(pattern: string, pointer: string): number {
  const expected = pattern.split('/').slice(1);
  const actual = pointer.split('/').slice(1);
  if (actual.length < expected.length) return -1;
  return expected.every((segment, index) => segment === '*' || segment === actual[index]) ? expected.length : -1;
}

/** The form field a JSON Pointer into a `ReferralCreate` body is about; undefined when none is. */
export function fieldOfPointer(pointer: string): FieldKey | undefined {
  let best: { key: FieldKey; length: number } | undefined;
  for (const spec of fields) {
    for (const pattern of spec.at) {
      const length = matchLength(pattern, pointer);
      if (length > (best?.length ?? 0)) best = { key: spec.key, length };
    }
  }
  return best?.key;
}

/** The id of the control an error about `field` links to: the first choice of a group. */
export function anchorOf(key: FieldKey): string {
  const id = `f-${key}`;
  return fieldSpec(key).control === 'group' ? firstChoiceId(id) : id;
}

/** What the form says about a problem: the limit when too long, else the field's own message. */
export function problemMessage(problem: { field: FieldKey; code: string }, errors: ErrorMessages): string {
  const { maxLength, error } = fieldSpec(problem.field);
  if (problem.code === 'too-big' && maxLength) return errors.tooLong(maxLength);
  if (error) return errors[error];
  return maxLength ? errors.blank : errors.invalid;
}
