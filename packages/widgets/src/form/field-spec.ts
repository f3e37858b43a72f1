/** The shape of a row of the referral form's field table, and what rows share to build and show answers. */
import { ReferralCreate, type VocabularyName } from '@victim-referral/schemas';
import type { Strings } from '../i18n/locales/index.js';
import type { Draft, FieldKey, FormMode, StepId } from './draft.js';
import { maxLengthAt } from './schema-limits.js';

export type FormStrings = Strings['form'];
export type ErrorMessages = FormStrings['errors'];
/** The fixed error messages (not `tooLong`, which takes the limit). */
type ErrorMessage = { [K in keyof ErrorMessages]: ErrorMessages[K] extends string ? K : never }[keyof ErrorMessages];
/** A text that differs between a victim asking for help and a professional referring a case. */
export type Variant = string | { readonly self: string; readonly professional: string };

/** What the review needs to show an answer in the reader's language. */
export interface AnswerView {
  readonly strings: FormStrings;
  readonly mode: FormMode;
  labelList(vocabulary: VocabularyName, codes: readonly string[]): string;
  languageList(tags: readonly string[]): string;
  dateTime(value: Date): string;
  /** A calendar date (`2026-12-24`) in the reader's style. */
  date(value: string): string;
  country(code: string): string;
  variant(text: Variant): string;
}

/** The step a field is asked on, the same in both modes or one per mode. */
export type StepOf = StepId | { readonly self: StepId; readonly professional: StepId };

export interface FieldSpec {
  readonly key: FieldKey;
  readonly step: StepOf;
  /**
   * JSON Pointers into the body this field answers; `*` stands for one segment (an array index).
   * A field error belongs to the field with the longest pointer it falls under.
   */
  readonly at: readonly string[];
  /** `group`: checkboxes or radios, whose error links to the first choice; `computed`: shown, not asked. */
  readonly control: 'text' | 'group' | 'single' | 'computed';
  /** The longest answer the schema takes, for free text. */
  readonly maxLength?: number | undefined;
  /** The message for a wrong or missing answer; free text without one says "cannot be blank". */
  readonly error?: ErrorMessage;
  /** Whether the field is asked (and reviewed) with these answers; always when absent. */
  readonly shown?: (draft: Draft, mode: FormMode) => boolean;
  readonly label: (strings: FormStrings) => Variant;
  /** The answer as "Check your answers" shows it. */
  readonly answer: (draft: Draft, view: AnswerView) => string;
}

export function variantOf(text: Variant, mode: FormMode): string {
  return typeof text === 'string' ? text : text[mode];
}

export function stepOf(spec: FieldSpec, mode: FormMode): StepId {
  return typeof spec.step === 'string' ? spec.step : spec.step[mode];
}

export const orNot = (value: string, view: AnswerView) => value.trim() || view.strings.review.notProvided;
export const yesNo = (value: boolean, view: AnswerView) => (value ? view.strings.review.yes : view.strings.review.no);
export const one = (code: string): string[] => (code ? [code] : []);
export const yesNoAnswer = (value: '' | 'yes' | 'no', view: AnswerView) =>
  value ? yesNo(value === 'yes', view) : view.strings.review.notProvided;
export const countryOrNot = (code: string, view: AnswerView) =>
  code ? view.country(code) : view.strings.review.notProvided;
export const professional = (_: Draft, mode: FormMode) => mode === 'professional';

type Row = Omit<FieldSpec, 'maxLength'>;

/** Free text: its longest answer comes from the schema, at its first pointer. */
export function text(row: Omit<Row, 'control'>): FieldSpec {
  return { ...row, control: 'text', maxLength: maxLengthAt(ReferralCreate, row.at[0] ?? '') };
}
