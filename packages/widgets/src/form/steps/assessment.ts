/** Step "Assessment" (professional referrals): the individual assessment of risk and protection needs. */
import { protectionNeeds, riskLevels } from '@victim-referral/schemas';
import { html, type TemplateResult } from 'lit';
import type { Draft } from '../draft.js';
import { checkboxes, radios, textField } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';

export function assessmentStep(view: FormView): TemplateResult {
  const s = view.strings.assessment;
  const d = view.draft;
  return html`${radios({
    ...fieldProps(view, 'riskLevel'),
    hint: s.riskLevelHint,
    choices: view.choices(
      'riskLevels',
      riskLevels.map((term) => term.code),
    ),
    selected: d.riskLevel,
    onChange: (value) => view.set('riskLevel', value as Draft['riskLevel']),
  })}
  ${checkboxes({
    ...fieldProps(view, 'protectionNeeds', true),
    hint: view.strings.selectAll,
    choices: view.choices(
      'protectionNeeds',
      protectionNeeds.map((term) => term.code),
    ),
    selected: d.protectionNeeds,
    onChange: (value) => view.set('protectionNeeds', value),
  })}
  ${textField({
    ...fieldProps(view, 'assessmentNotes', true),
    value: d.assessmentNotes,
    multiline: true,
    onInput: (value) => view.set('assessmentNotes', value),
  })}`;
}
