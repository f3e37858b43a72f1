/** What a step template of the referral form reads and calls: the answers, the texts, the errors. */
import type { Organisation, Service, VocabularyName } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import type { Strings } from '../i18n/locales/index.js';
import { calendarDate, countryName, languageName, list, dateTime as localDateTime } from '../shared/format.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { vocabularyChoices } from '../shared/vocabulary.js';
import type { Draft, FieldKey, FieldProblem, FormMode, StepId } from './draft.js';
import { type AnswerView, type Variant, variantOf } from './field-spec.js';
import { fieldSpec, isShown } from './field-table.js';
import type { Choice } from './fields.js';

export interface FormView extends AnswerView {
  readonly strings: Strings['form'];
  readonly taxonomy: TaxonomyLabels;
  readonly locale: string;
  /** The language the form is shown in. */
  readonly language: string;
  readonly mode: FormMode;
  readonly draft: Draft;
  readonly service: Service | undefined;
  /** The receiving organisation of a professional referral, once loaded. */
  readonly receiver: Organisation | undefined;
  /** The steps of this mode, "Check your answers" last. */
  readonly steps: readonly StepId[];
  set<K extends keyof Draft>(field: K, value: Draft[K]): void;
  /** The message of the field's problem, if it has one. */
  errorOf(field: FieldKey): string | undefined;
  /** Whether the field is asked with the current answers. */
  shown(field: FieldKey): boolean;
  /** The field's label, in this mode. */
  label(field: FieldKey): string;
  /** `label` followed by "(optional)". */
  optional(label: string): string;
  variant(text: Variant): string;
  choices(vocabulary: VocabularyName, codes: readonly string[]): Choice[];
  stepTitle(step: StepId): string;
  /** Goes back to a step from "Check your answers". */
  change(step: StepId): void;
}

/** A field's `id`, label (marked optional when it is), error and length limit, from the field table. */
export function fieldProps(view: FormView, field: FieldKey, optional = false) {
  const label = view.label(field);
  return {
    id: `f-${field}`,
    label: optional ? view.optional(label) : label,
    error: view.errorOf(field),
    maxLength: fieldSpec(field).maxLength,
  };
}

/** The view of the form's current state, for its step templates. */
export function formView(state: {
  i18n: LocaleController;
  mode: FormMode;
  draft: Draft;
  service: Service | undefined;
  receiver: Organisation | undefined;
  steps: readonly StepId[];
  problems: readonly FieldProblem[];
  messageFor: (problem: FieldProblem) => string;
  set: FormView['set'];
  change: (step: StepId) => void;
}): FormView {
  const { i18n, mode, draft } = state;
  const strings = i18n.strings.form;
  const locale = i18n.locale;
  const taxonomy = i18n.taxonomy;
  const variant = (text: Variant) => variantOf(text, mode);
  const choices = (vocabulary: VocabularyName, codes: readonly string[]) =>
    vocabularyChoices(taxonomy, vocabulary, codes);
  return {
    strings,
    taxonomy,
    locale,
    language: i18n.language,
    mode,
    draft,
    service: state.service,
    receiver: state.receiver,
    steps: state.steps,
    set: state.set,
    errorOf: (field) => {
      const problem = state.problems.find((candidate) => candidate.field === field);
      return problem && state.messageFor(problem);
    },
    shown: (field) => isShown(fieldSpec(field), draft, mode),
    label: (field) => variant(fieldSpec(field).label(strings)),
    optional: (label) => `${label} ${strings.optional}`,
    variant,
    choices,
    labelList: (vocabulary, codes) =>
      codes.length === 0
        ? strings.review.notProvided
        : list(
            locale,
            choices(vocabulary, codes).map((choice) => choice.label),
          ),
    languageList: (tags) =>
      list(
        locale,
        tags.map((tag) => languageName(locale, tag)),
      ),
    dateTime: (value) => localDateTime(locale, value),
    date: (value) => calendarDate(locale, value),
    country: (code) => countryName(locale, code),
    stepTitle: (step) => variant(strings.steps[step]),
    change: state.change,
  };
}
