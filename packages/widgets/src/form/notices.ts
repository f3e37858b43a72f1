/** The referral form's messages around the steps: the error summary, a failed submission, the service loading. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import type { FieldKey, FieldProblem } from './draft.js';
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

/** The service asked for is loading, or failed to load (with a retry). */
export function serviceNotice(status: 'loading' | 'error', strings: FormStrings, onRetry: () => void): TemplateResult {
  if (status === 'loading') return html`<p class="notice" role="status">${strings.loadingService}</p>`;
  return html`<div class="notice error" role="alert">
    <p>${strings.serviceLoadError}</p>
    <button type="button" class="button" part="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
