/** The finder's search form: the search box and the filters, with their options, as a Lit template. */
import { deliveryModes, formsOfAssistance, type Organisation, victimTypes } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import { countryName, languageName } from '../shared/format.js';
import { type LabelledCode, vocabularyChoices } from '../shared/vocabulary.js';

export const textFilters = ['country', 'victimType', 'assistance', 'language', 'delivery'] as const;
export type TextFilter = (typeof textFilters)[number];

export interface SearchFormView {
  readonly strings: Strings['finder'];
  readonly taxonomy: TaxonomyLabels;
  readonly locale: string;
  readonly organisations: readonly Organisation[];
  readonly query: string;
  /** The valid value of each filter, if set. */
  filterValue(name: TextFilter): string | undefined;
  readonly freeOfCharge: boolean;
  readonly openNow: boolean;
  onQueryInput(value: string): void;
  onSubmit(): void;
  onFilterChange(name: TextFilter, value: string | undefined): void;
  onFreeOfCharge(checked: boolean): void;
  onOpenNow(checked: boolean): void;
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

function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<div class="choice">
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
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
        ${select('delivery', s.delivery, view)}
        ${checkbox('filter-free', s.freeOfCharge, view.freeOfCharge, view.onFreeOfCharge)}
        ${checkbox('filter-open', s.openNow, view.openNow, view.onOpenNow)}
        <div>
          <button type="button" class="button secondary" part="button clear-button" @click=${view.onClear}>
            ${s.clearFilters}
          </button>
        </div>
      </div>
    </fieldset>
  </form>`;
}
