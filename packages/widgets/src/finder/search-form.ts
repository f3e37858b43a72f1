/** The finder's search form: the search box and the filters, with their options, as a Lit template. */
import {
  accessibilityFeatures,
  deliveryModes,
  formsOfAssistance,
  type Organisation,
  victimTypes,
} from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import { countryName, languageName } from '../shared/format.js';
import { type LabelledCode, vocabularyChoices } from '../shared/vocabulary.js';

export const textFilters = ['country', 'victimType', 'assistance', 'language', 'delivery', 'accessibility'] as const;
export type TextFilter = (typeof textFilters)[number];

/** The yes/no filters, each a checkbox: "only services that …". */
export const flagFilters = ['freeOfCharge', 'openNow', 'acceptingReferrals', 'interpretation'] as const;
export type FlagFilter = (typeof flagFilters)[number];

/** The age a service's eligibility is matched against: a whole number of years. */
export const ageLimits = { min: 0, max: 120 } as const;

/** `'34'` → 34; undefined when empty or not a whole number from 0 to 120. */
export function parseAge(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const age = Number(trimmed);
  return age >= ageLimits.min && age <= ageLimits.max ? age : undefined;
}

export interface SearchFormView {
  readonly strings: Strings['finder'];
  readonly taxonomy: TaxonomyLabels;
  readonly locale: string;
  readonly organisations: readonly Organisation[];
  readonly query: string;
  /** The valid value of each filter, if set. */
  filterValue(name: TextFilter): string | undefined;
  flag(name: FlagFilter): boolean;
  /** The age as typed, kept while it is not a valid age so it can be corrected. */
  readonly ageText: string;
  onQueryInput(value: string): void;
  onSubmit(): void;
  onFilterChange(name: TextFilter, value: string | undefined): void;
  onFlagChange(name: FlagFilter, checked: boolean): void;
  onAgeChange(text: string): void;
  onClear(): void;
}

/** A filter's options: countries and languages of the member organisations, or a vocabulary's terms. */
function optionsFor(name: TextFilter, view: SearchFormView): LabelledCode[] {
  const { locale, organisations } = view;
  const present = (values: Iterable<string>, label: (value: string) => string) => {
    const all = new Set(values);
    const current = view.filterValue(name);
    if (current) all.add(current);
    return [...all]
      .map((value) => ({ value, label: label(value) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  };
  switch (name) {
    case 'country':
      return present(
        organisations.map((org) => org.country),
        (code) => countryName(locale, code),
      );
    case 'language':
      return present(
        organisations.flatMap((org) => org.languages),
        (tag) => languageName(locale, tag),
      );
    case 'victimType':
      return vocabularyChoices(
        view.taxonomy,
        'victimTypes',
        victimTypes.map((term) => term.code),
      );
    case 'assistance':
      return vocabularyChoices(
        view.taxonomy,
        'formsOfAssistance',
        formsOfAssistance.map((term) => term.code),
      );
    case 'accessibility':
      return vocabularyChoices(
        view.taxonomy,
        'accessibilityFeatures',
        accessibilityFeatures.map((term) => term.code),
      );
    default:
      return vocabularyChoices(
        view.taxonomy,
        'deliveryModes',
        deliveryModes.map((term) => term.code),
      );
  }
}

function select(name: TextFilter, label: string, view: SearchFormView): TemplateResult {
  const current = view.filterValue(name) ?? '';
  return html`<div class="field">
    <label class="label" for=${`filter-${name}`}>${label}</label>
    <select
      id=${`filter-${name}`}
      @change=${(event: Event) => view.onFilterChange(name, (event.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${current === ''}>${view.strings.any}</option>
      ${optionsFor(name, view).map(
        (option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}

function checkbox(name: FlagFilter, label: string, view: SearchFormView): TemplateResult {
  const id = `filter-${name}`;
  return html`<div class="choice">
    <input
      id=${id}
      type="checkbox"
      .checked=${view.flag(name)}
      @change=${(event: Event) => view.onFlagChange(name, (event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** The victim's age: sent only once it is a valid age; never an attribute, never kept after "Clear". */
function ageField(view: SearchFormView): TemplateResult {
  const s = view.strings;
  const invalid = view.ageText.trim() !== '' && parseAge(view.ageText) === undefined;
  return html`<div class="field ${invalid ? 'has-error' : ''}">
    <label class="label" for="filter-age">${s.age}</label>
    <span class="hint" id="filter-age-hint">${s.ageHint}</span>
    ${invalid ? html`<span class="error-message" id="filter-age-error">${s.ageError}</span>` : nothing}
    <input
      id="filter-age"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      maxlength="3"
      class="age"
      aria-describedby=${invalid ? 'filter-age-hint filter-age-error' : 'filter-age-hint'}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${view.ageText}
      @change=${(event: Event) => view.onAgeChange((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function searchForm(view: SearchFormView): TemplateResult {
  const s = view.strings;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    view.onSubmit();
  };
  return html`<form role="search" part="search" aria-label=${s.regionLabel} @submit=${onSubmit}>
    <div class="search-row">
      <div class="field">
        <label class="label" for="query">${s.searchLabel}</label>
        <span class="hint" id="query-hint">${s.searchHint}</span>
        <input
          id="query"
          type="search"
          autocomplete="off"
          maxlength="200"
          aria-describedby="query-hint"
          .value=${view.query}
          @input=${(event: InputEvent) => view.onQueryInput((event.target as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="button" part="button search-button">${s.search}</button>
    </div>
    <fieldset>
      <legend>${s.filtersLegend}</legend>
      <div class="filters">
        ${select('country', s.country, view)} ${select('victimType', s.victimType, view)}
        ${select('assistance', s.assistance, view)} ${select('language', s.language, view)}
        ${select('delivery', s.delivery, view)} ${select('accessibility', s.accessibility, view)} ${ageField(view)}
        ${checkbox('freeOfCharge', s.freeOfCharge, view)} ${checkbox('openNow', s.openNow, view)}
        ${checkbox('acceptingReferrals', s.acceptingReferrals, view)}
        ${checkbox('interpretation', s.interpretation, view)}
        <div>
          <button type="button" class="button secondary" part="button clear-button" @click=${view.onClear}>
            ${s.clearFilters}
          </button>
        </div>
      </div>
    </fieldset>
  </form>`;
}
