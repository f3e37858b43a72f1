import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import type { ContactToken } from '../shared/contact-element.js';
import type { ServiceSelectEvent } from '../shared/events.js';
import type { OnwardController } from './onward.js';

export interface OnwardViewContext {
  onward: OnwardController;
  /** The caller's organisation: a case cannot be referred onward to it. */
  organisationId: string | undefined;
  apiBase: string | undefined;
  token: ContactToken | undefined;
  organisations: ReadonlyMap<string, string>;
  lang: string;
  strings: WorkspaceStrings['case']['onward'];
  send: () => void;
}

function finding({ onward, apiBase, token, lang, strings }: OnwardViewContext): TemplateResult {
  return html`<h4 id="onward-title" tabindex="-1">${strings.title}</h4>
    <p>${strings.intro}</p>
    <vr-service-finder
      api-base=${apiBase ?? nothing}
      lang=${lang}
      accepting-referrals
      emergency="hide"
      .token=${token}
      @vr-service-select=${(event: ServiceSelectEvent) => {
        event.stopPropagation();
        onward.choose(event.service);
      }}
    ></vr-service-finder>
    <div class="actions">
      <button type="button" class="button secondary" part="button" @click=${() => onward.close()}>${strings.cancel}</button>
    </div>`;
}

function confirming(context: OnwardViewContext): TemplateResult {
  const { onward, organisations, strings } = context;
  const service = onward.service;
  if (!service) return html``;
  const organisation = organisations.get(service.organisationId) ?? service.organisationId;
  const sending = onward.step === 'sending';
  const own = service.organisationId === context.organisationId;
  return html`<h4 id="onward-title" tabindex="-1">${strings.title}</h4>
    ${onward.step === 'failed' ? html`<p class="notice error" role="alert">${strings.failed}</p>` : nothing}
    ${own ? html`<p class="notice" role="alert">${strings.own}</p>` : html`<p>${strings.chosen(service.name, organisation)}</p>`}
    <div class="actions">
      ${
        own
          ? nothing
          : html`<button type="button" class="button" part="button" data-action="onward-confirm" ?disabled=${sending} @click=${context.send}>
            ${sending ? strings.sending : strings.confirm}
          </button>`
      }
      <button type="button" class="button secondary" part="button" ?disabled=${sending} @click=${() => void onward.open()}>
        ${strings.another}
      </button>
      <button type="button" class="button secondary" part="button" ?disabled=${sending} @click=${() => onward.close()}>
        ${strings.cancel}
      </button>
    </div>`;
}

/** The onward referral of the case: a button, then the finder, then the chosen service to confirm. */
export function onwardView(context: OnwardViewContext): TemplateResult {
  const { onward, strings } = context;
  switch (onward.step) {
    case 'closed':
      return html`<button type="button" class="button secondary" part="button" data-action="onward" @click=${() => void onward.open()}>
        ${strings.start}
      </button>`;
    case 'finding':
      return finding(context);
    case 'done':
      return html`<p id="onward-done" class="notice" role="status" tabindex="-1">${strings.done(onward.reference)}</p>`;
    default:
      return confirming(context);
  }
}
