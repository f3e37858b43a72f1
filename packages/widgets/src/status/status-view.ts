/** The templates of `<vr-referral-status>`: the credentials form, the victim's view, the withdrawal check. */
import type { FollowUpView } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import { dateTime, safeWebUrl } from '../shared/format.js';
import { type FollowUpProblem, retryIn } from './follow-up-problem.js';

type StatusStrings = Strings['status'];
export type BlankField = 'reference' | 'secret';

export interface CredentialsView {
  readonly strings: StatusStrings;
  readonly reference: string;
  readonly secret: string;
  readonly secretShown: boolean;
  readonly blank: readonly BlankField[];
  readonly busy: boolean;
  onReference(value: string): void;
  onSecret(value: string): void;
  onToggleSecret(): void;
  onSubmit(event: SubmitEvent): void;
  onFollowError(event: Event, field: BlankField): void;
}

const blankMessage = (s: StatusStrings, field: BlankField) =>
  field === 'reference' ? s.blankReference : s.blankSecret;

function errorSummary(view: CredentialsView): TemplateResult | typeof nothing {
  if (view.blank.length === 0) return nothing;
  const s = view.strings;
  return html`<div id="error-summary" class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${s.errorSummaryTitle}</h3>
    <ul>
      ${view.blank.map(
        (field) =>
          html`<li><a href=${`#${field}`} @click=${(event: Event) => view.onFollowError(event, field)}>${blankMessage(s, field)}</a></li>`,
      )}
    </ul>
  </div>`;
}

function fieldError(view: CredentialsView, field: BlankField): TemplateResult | typeof nothing {
  return view.blank.includes(field)
    ? html`<span class="error-message" id=${`${field}-error`}>${blankMessage(view.strings, field)}</span>`
    : nothing;
}

const describedBy = (view: CredentialsView, field: BlankField) =>
  [`${field}-hint`, ...(view.blank.includes(field) ? [`${field}-error`] : [])].join(' ');

/**
 * Reference and secret, both typed; the secret masked unless the victim chooses to show it. The
 * secret's field is a text field masked by CSS, not a password field: a browser offers to save what
 * a password field held, and a saved secret is one a shared device keeps.
 */
export function credentialsForm(view: CredentialsView): TemplateResult {
  const s = view.strings;
  return html`${errorSummary(view)}
    <p>${s.intro}</p>
    <form novalidate @submit=${view.onSubmit} part="form">
      <div class="field ${view.blank.includes('reference') ? 'has-error' : ''}">
        <label class="label" for="reference">${s.reference}</label>
        <span class="hint" id="reference-hint">${s.referenceHint}</span>
        ${fieldError(view, 'reference')}
        <input
          id="reference"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby=${describedBy(view, 'reference')}
          aria-invalid=${view.blank.includes('reference') ? 'true' : nothing}
          .value=${view.reference}
          @input=${(event: Event) => view.onReference((event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field ${view.blank.includes('secret') ? 'has-error' : ''}">
        <label class="label" for="secret">${s.secret}</label>
        <span class="hint" id="secret-hint">${s.secretHint}</span>
        ${fieldError(view, 'secret')}
        <div class="secret-row">
          <input
            id="secret"
            type="text"
            class=${view.secretShown ? '' : 'masked'}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            data-1p-ignore
            data-lpignore="true"
            aria-describedby=${describedBy(view, 'secret')}
            aria-invalid=${view.blank.includes('secret') ? 'true' : nothing}
            .value=${view.secret}
            @input=${(event: Event) => view.onSecret((event.target as HTMLInputElement).value)}
          />
          <button
            type="button"
            class="button secondary"
            part="button"
            aria-controls="secret"
            aria-label=${view.secretShown ? s.hideSecret : s.showSecret}
            @click=${view.onToggleSecret}
          >
            ${view.secretShown ? s.hide : s.show}
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite">${view.secretShown ? s.secretShown : s.secretHidden}</p>
      </div>
      <div class="actions">
        <button type="submit" class="button" part="button check-button" ?disabled=${view.busy}>
          ${view.busy ? s.checking : s.check}
        </button>
      </div>
    </form>`;
}

/** Why the check or the withdrawal failed, kindly; a retry where trying again can help. */
export function problemNotice(
  problem: FollowUpProblem | undefined,
  strings: StatusStrings,
  locale: string,
  onRetry: (() => void) | undefined,
): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const text =
    problem.kind === 'locked'
      ? problem.retryAfter === undefined
        ? strings.lockedLater
        : strings.locked(retryIn(locale, problem.retryAfter))
      : strings[problem.kind];
  const retry = onRetry && (problem.kind === 'network' || problem.kind === 'server');
  return html`<div id="problem" class="notice error" part="problem" role="alert" tabindex="-1">
    <p>${text}</p>
    ${retry ? html`<button type="button" class="button" part="button" @click=${onRetry}>${strings.retry}</button>` : nothing}
  </div>`;
}

function contactRows(view: FollowUpView, s: StatusStrings): TemplateResult[] {
  const { phone, email, website } = view.receivingOrganisation;
  const site = safeWebUrl(website);
  return [
    phone ? html`<div class="row"><dt>${s.phone}</dt><dd><a href=${`tel:${phone}`}>${phone}</a></dd></div>` : undefined,
    email
      ? html`<div class="row"><dt>${s.email}</dt><dd><a href=${`mailto:${email}`}>${email}</a></dd></div>`
      : undefined,
    site
      ? html`<div class="row"><dt>${s.website}</dt><dd><a href=${site} rel="noopener noreferrer" target="_blank">${site}</a></dd></div>`
      : undefined,
  ].filter((row) => row !== undefined);
}

/** The status in plain words, the organisation and how to reach it, and what happens next. */
export function followUpResult(view: FollowUpView, strings: StatusStrings, locale: string): TemplateResult {
  return html`<h3 id="result-title" tabindex="-1">${strings.yourRequest}</h3>
    <dl class="summary" part="result">
      <div class="row"><dt>${strings.reference}</dt><dd translate="no">${view.reference}</dd></div>
      <div class="row"><dt>${strings.status}</dt><dd part="status">${strings.statuses[view.status]}</dd></div>
      <div class="row"><dt>${strings.changedAt}</dt><dd>${dateTime(locale, view.statusChangedAt)}</dd></div>
      <div class="row"><dt>${strings.organisation}</dt><dd>${view.receivingOrganisation.name}</dd></div>
      ${contactRows(view, strings)}
    </dl>
    <h4>${strings.nextStep}</h4>
    <p part="next-step">${strings.nextSteps[view.nextStep]}</p>`;
}

/** What withdrawing consent means, before it is done. */
export function withdrawCheck(
  strings: StatusStrings,
  busy: boolean,
  onConfirm: () => void,
  onCancel: () => void,
): TemplateResult {
  return html`<section class="notice" part="withdraw-check" aria-labelledby="withdraw-title">
    <h3 id="withdraw-title" tabindex="-1">${strings.withdrawTitle}</h3>
    <p>${strings.withdrawExplained}</p>
    <div class="actions">
      <button type="button" class="button warning" part="button withdraw-confirm-button" ?disabled=${busy} @click=${onConfirm}>
        ${busy ? strings.withdrawing : strings.withdrawConfirm}
      </button>
      <button type="button" class="button secondary" part="button" ?disabled=${busy} @click=${onCancel}>
        ${strings.withdrawCancel}
      </button>
    </div>
  </section>`;
}
