/** GOV.UK-style form fields as Lit templates: label, hint and error message inside the component. */
import { html, nothing, type TemplateResult } from 'lit';

interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

function describedBy(field: FieldBase): string | typeof nothing {
  const ids = [field.hint ? `${field.id}-hint` : '', field.error ? `${field.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

function hintAndError(field: FieldBase): TemplateResult {
  return html`${field.hint ? html`<span class="hint" id=${`${field.id}-hint`}>${field.hint}</span>` : nothing}
  ${field.error ? html`<span class="error-message" id=${`${field.id}-error`}>${field.error}</span>` : nothing}`;
}

export interface TextFieldOptions extends FieldBase {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local';
  readonly autocomplete?: string;
  readonly maxLength?: number | undefined;
  readonly multiline?: boolean;
  readonly spellcheck?: boolean;
}

export function textField(options: TextFieldOptions): TemplateResult {
  const onInput = (event: Event) => options.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = options.multiline
    ? html`<textarea
        id=${options.id}
        rows="5"
        maxlength=${options.maxLength ?? nothing}
        aria-describedby=${describedBy(options)}
        aria-invalid=${options.error ? 'true' : nothing}
        .value=${options.value}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${options.id}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        maxlength=${options.maxLength ?? nothing}
        aria-describedby=${describedBy(options)}
        aria-invalid=${options.error ? 'true' : nothing}
        .value=${options.value}
        @input=${onInput}
      />`;
  return html`<div class="field ${options.error ? 'has-error' : ''}">
    <label class="label" for=${options.id}>${options.label}</label>
    ${hintAndError(options)} ${control}
  </div>`;
}

export interface SelectOptions extends FieldBase {
  readonly choices: readonly Choice[];
  readonly value: string;
  /** The first option's text, chosen when nothing is: the question stays unanswered. */
  readonly none: string;
  readonly onChange: (value: string) => void;
}

/** A drop-down list with an empty first option, for a long list of choices (countries, languages). */
export function selectField(options: SelectOptions): TemplateResult {
  return html`<div class="field ${options.error ? 'has-error' : ''}">
    <label class="label" for=${options.id}>${options.label}</label>
    ${hintAndError(options)}
    <select
      id=${options.id}
      aria-describedby=${describedBy(options)}
      aria-invalid=${options.error ? 'true' : nothing}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${options.value === ''}>${options.none}</option>
      ${options.choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${options.value === choice.value}>${choice.label}</option>`,
      )}
    </select>
  </div>`;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

export interface ChoiceGroupOptions extends FieldBase {
  readonly choices: readonly Choice[];
  /** Content shown under a choice while it is selected (GOV.UK "conditional reveal"). */
  readonly reveal?: Readonly<Record<string, TemplateResult>>;
}

/** The id of a group's first control: where an error summary link takes the focus. */
export function firstChoiceId(groupId: string): string {
  return `${groupId}-0`;
}

function choiceGroup(
  kind: 'checkbox' | 'radio',
  options: ChoiceGroupOptions,
  isChecked: (value: string) => boolean,
  onChange: (value: string, checked: boolean) => void,
): TemplateResult {
  return html`<fieldset
    id=${options.id}
    class=${options.error ? 'has-error' : ''}
    aria-describedby=${describedBy(options)}
  >
    <legend>${options.label}</legend>
    ${hintAndError(options)}
    ${options.choices.map((choice, index) => {
      const id = `${options.id}-${index}`;
      const checked = isChecked(choice.value);
      return html`<div class="choice">
          <input
            id=${id}
            type=${kind}
            name=${options.id}
            .value=${choice.value}
            .checked=${checked}
            aria-describedby=${choice.hint ? `${id}-hint` : nothing}
            @change=${(event: Event) => onChange(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <label for=${id}>
            ${choice.label}
            ${choice.hint ? html`<span class="choice-hint" id=${`${id}-hint`}>${choice.hint}</span>` : nothing}
          </label>
        </div>
        ${checked && options.reveal?.[choice.value] ? html`<div class="reveal">${options.reveal[choice.value]}</div>` : nothing}`;
    })}
  </fieldset>`;
}

export function checkboxes<V extends string>(
  options: ChoiceGroupOptions & { readonly selected: readonly V[]; readonly onChange: (selected: V[]) => void },
): TemplateResult {
  return choiceGroup(
    'checkbox',
    options,
    (value) => options.selected.includes(value as V),
    (value, checked) =>
      options.onChange(
        checked ? [...options.selected, value as V] : options.selected.filter((selected) => selected !== value),
      ),
  );
}

export function radios<V extends string>(
  options: ChoiceGroupOptions & { readonly selected: V | ''; readonly onChange: (selected: V) => void },
): TemplateResult {
  return choiceGroup(
    'radio',
    options,
    (value) => options.selected === value,
    (value, checked) => {
      if (checked) options.onChange(value as V);
    },
  );
}

/** A single checkbox that is its own question (a confirmation). */
export function confirmation(
  options: FieldBase & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
): TemplateResult {
  return html`<div class="field ${options.error ? 'has-error' : ''}">
    ${options.error ? html`<span class="error-message" id=${`${options.id}-error`}>${options.error}</span>` : nothing}
    <div class="choice">
      <input
        id=${options.id}
        type="checkbox"
        .checked=${options.checked}
        aria-describedby=${describedBy(options)}
        aria-invalid=${options.error ? 'true' : nothing}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${options.id}>${options.label}</label>
    </div>
  </div>`;
}
