/** The referral form's messages around the steps: the error summary, a failed submission, the confirmation. */
import type { Referral } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import type { FieldKey, FieldProblem, FormMode } from './draft.js';
import { anchorOf } from './field-table.js';
import type { SubmissionFailure } from './submission-failure.js';

type FormStrings = Strings['form'];

/** GOV.UK's "There is a problem": one link per problem, to the field it is about. */
export function errorSummary(options: {
  title: string;
  problems: readonly FieldProblem[];
  messageFor: (problem: FieldProblem) => string;
  onFollow: (event: Event, field: FieldKey) => void;
}): TemplateResult | typeof nothing {
  if (options.problems.length === 0) return nothing;
  return html`<div
    id="error-summary"
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${options.title}</h2>
    <ul>
      ${options.problems.map(
        (problem) =>
          html`<li>
            <a href=${`#${anchorOf(problem.field)}`} @click=${(event: Event) => options.onFollow(event, problem.field)}
              >${options.messageFor(problem)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Why sending failed, with a retry unless retrying cannot help. */
export function failureNotice(
  failure: SubmissionFailure | undefined,
  strings: FormStrings['failure'],
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  return html`<div id="failure" class="notice error" part="failure" role="alert" tabindex="-1">
    <p>${strings[failure.kind]}</p>
    ${
      failure.kind !== 'notAuthorised'
        ? html`<button type="button" class="button" part="button retry-button" @click=${onRetry}>
            ${strings.retry}
          </button>`
        : nothing
    }
  </div>`;
}

/** The confirmation with the referral's reference, and what happens next. */
export function successPanel(
  { referral, contacted }: { referral: Referral; contacted: boolean },
  view: { strings: FormStrings['success']; mode: FormMode; dateTime: (value: string) => string },
): TemplateResult {
  const s = view.strings;
  const next =
    view.mode === 'professional'
      ? s.nextProfessional(view.dateTime(referral.responseDueAt))
      : contacted
        ? s.nextContact
        : s.nextNoContact;
  return html`<div part="success">
    <div class="panel">
      <h2 id="success-title" tabindex="-1">${s.title[view.mode]}</h2>
      <p>${s.reference}<span class="reference" part="reference">${referral.reference}</span></p>
    </div>
    <p>${next}</p>
  </div>`;
}
