/** Step "Support needed": the help asked for, what happened, a summary, and (a victim's) the crime country and interpreter. */
import { formsOfAssistance, victimTypes } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, textField } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';
import { selfCrossBorderQuestions } from './cross-border.js';

export function needsStep(view: FormView): TemplateResult {
  const { draft: d, strings } = view;
  return html`${checkboxes({
    ...fieldProps(view, 'assistance'),
    hint: strings.selectAll,
    choices: view.choices(
      'formsOfAssistance',
      formsOfAssistance.map((term) => term.code),
    ),
    selected: d.assistance,
    onChange: (value) => view.set('assistance', value),
  })}
  ${checkboxes({
    ...fieldProps(view, 'victimTypes'),
    hint: strings.selectAll,
    choices: view.choices(
      'victimTypes',
      victimTypes.map((term) => term.code),
    ),
    selected: d.victimTypes,
    onChange: (value) => view.set('victimTypes', value),
  })}
  ${textField({
    ...fieldProps(view, 'caseSummary'),
    hint: view.variant(strings.needs.caseSummaryHint),
    value: d.caseSummary,
    multiline: true,
    onInput: (value) => view.set('caseSummary', value),
  })}
  ${textField({
    ...fieldProps(view, 'needsNotes', true),
    value: d.needsNotes,
    multiline: true,
    onInput: (value) => view.set('needsNotes', value),
  })}
  ${view.mode === 'self' ? selfCrossBorderQuestions(view) : nothing}`;
}
