/**
 * Step "Cross-border situation" (professional referrals): where the crime happened, where the person
 * lives and is now, police and proceedings, interpreter and language. A self-referral asks only the
 * crime country and the interpreter question, on its first step.
 */
import { euMemberStates, proceedingsStages } from '@victim-referral/schemas';
import { html, type TemplateResult } from 'lit';
import { countryName } from '../../shared/format.js';
import type { CrossBorderAnswers, YesNo } from '../cross-border.js';
import type { FieldKey } from '../draft.js';
import { type Choice, radios, selectField, textField } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';
import { languageChoices } from './person.js';

type CountryField = 'crimeCountry' | 'residenceCountry' | 'currentCountry' | 'policeCountry' | 'proceedingsCountry';

/** The EU member states, the chosen service's countries and the answer already given, by name. */
function countryChoices(view: FormView, chosen: string): Choice[] {
  const serviceCountries = view.service?.locations.map((location) => location.address.country) ?? [];
  const codes = new Set<string>([...euMemberStates, ...serviceCountries, chosen]);
  codes.delete('');
  return [...codes]
    .map((code) => ({ value: code, label: countryName(view.locale, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, view.locale));
}

function countryField(view: FormView, field: CountryField): TemplateResult {
  return selectField({
    ...fieldProps(view, field, true),
    none: view.strings.review.notProvided,
    choices: countryChoices(view, view.draft[field]),
    value: view.draft[field],
    onChange: (value) => view.set(field, value),
  });
}

function yesNoField(
  view: FormView,
  field: FieldKey & ('policeReported' | 'interpreterNeeded'),
  reveal?: TemplateResult,
) {
  const { yes, no } = view.strings.review;
  return radios<YesNo>({
    ...fieldProps(view, field, true),
    choices: [
      { value: 'yes', label: yes },
      { value: 'no', label: no },
    ],
    selected: view.draft[field],
    onChange: (value) => view.set(field, value),
    ...(reveal ? { reveal: { yes: reveal } } : {}),
  });
}

/** What a victim is asked about borders: where it happened, and whether they need an interpreter. */
export function selfCrossBorderQuestions(view: FormView): TemplateResult {
  return html`${countryField(view, 'crimeCountry')} ${yesNoField(view, 'interpreterNeeded')}`;
}

function policeDetails(view: FormView): TemplateResult {
  return html`${countryField(view, 'policeCountry')}
  ${textField({
    ...fieldProps(view, 'policeReference', true),
    value: view.draft.policeReference,
    onInput: (value) => view.set('policeReference', value),
  })}`;
}

export function crossBorderStep(view: FormView): TemplateResult {
  const s = view.strings.crossBorder;
  const d: CrossBorderAnswers = view.draft;
  return html`<p>${s.intro}</p>
    ${countryField(view, 'crimeCountry')}
    ${textField({
      ...fieldProps(view, 'crimePlace', true),
      value: d.crimePlace,
      onInput: (value) => view.set('crimePlace', value),
    })}
    ${countryField(view, 'residenceCountry')} ${countryField(view, 'currentCountry')}
    ${textField({
      ...fieldProps(view, 'returnDate', true),
      hint: s.returnDateHint,
      type: 'date',
      value: d.returnDate,
      onInput: (value) => view.set('returnDate', value),
    })}
    ${yesNoField(view, 'policeReported', policeDetails(view))}
    ${selectField({
      ...fieldProps(view, 'proceedingsStage', true),
      none: view.strings.review.notProvided,
      choices: view.choices(
        'proceedingsStages',
        proceedingsStages.map((term) => term.code),
      ),
      value: d.proceedingsStage,
      onChange: (value) => view.set('proceedingsStage', value as CrossBorderAnswers['proceedingsStage']),
    })}
    ${countryField(view, 'proceedingsCountry')} ${yesNoField(view, 'interpreterNeeded')}
    ${selectField({
      ...fieldProps(view, 'contactLanguage', true),
      hint: s.contactLanguageHint,
      none: view.strings.review.notProvided,
      choices: languageChoices(view),
      value: d.contactLanguage,
      onChange: (value) => view.set('contactLanguage', value),
    })}`;
}
