/** Step "Priority" (professional referrals): how urgent, and by when the receiver must answer. */
import { defaultResponseDueAt, priorities, responseTimeframeHours } from '@victim-referral/schemas';
import { html, type TemplateResult } from 'lit';
import type { Draft } from '../draft.js';
import { radios, textField } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';

export function priorityStep(view: FormView): TemplateResult {
  const s = view.strings.priority;
  const d = view.draft;
  const defaultDue = view.dateTime(defaultResponseDueAt(d.priority || 'routine', new Date()));
  return html`${radios({
    ...fieldProps(view, 'priority'),
    choices: view
      .choices(
        'priorities',
        priorities.map((term) => term.code),
      )
      .map((choice) => ({
        ...choice,
        hint: s.answerWithin(responseTimeframeHours[choice.value as keyof typeof responseTimeframeHours]),
      })),
    selected: d.priority,
    onChange: (value) => view.set('priority', value as Draft['priority']),
  })}
  ${textField({
    ...fieldProps(view, 'responseDue', true),
    hint: s.responseDueHint(defaultDue),
    type: 'datetime-local',
    value: d.responseDue,
    onInput: (value) => view.set('responseDue', value),
  })}`;
}
