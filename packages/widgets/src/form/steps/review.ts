/** Step "Check your answers": every answer of every step, from the field table, with a way back to each. */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldsOf } from '../field-table.js';
import type { FormView } from '../form-view.js';

function summary(rows: readonly (readonly [string, string])[]): TemplateResult {
  return html`<dl class="summary">
    ${rows.map(([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

export function reviewStep(view: FormView): TemplateResult {
  const strings = view.strings;
  const target = [
    view.service ? ([strings.service, view.service.name] as const) : undefined,
    view.mode === 'professional' && view.receiver ? ([strings.receiver, view.receiver.name] as const) : undefined,
  ].filter((row) => row !== undefined);
  return html`<div part="review">
    ${target.length > 0 ? summary(target) : nothing}
    ${view.steps
      .filter((step) => step !== 'review')
      .map(
        (step) => html`<div class="review-section">
            <h3>${view.stepTitle(step)}</h3>
            <button
              type="button"
              class="link"
              aria-label=${strings.review.changeLabel(view.stepTitle(step))}
              @click=${() => view.change(step)}
            >
              ${strings.review.change}
            </button>
          </div>
          ${summary(
            fieldsOf(step, view.draft, view.mode).map(
              (spec) => [view.variant(spec.label(strings)), spec.answer(view.draft, view)] as const,
            ),
          )}`,
      )}
  </div>`;
}
