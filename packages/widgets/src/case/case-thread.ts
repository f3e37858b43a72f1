import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { dateTime } from '../shared/format.js';
import type { ShownMessage } from './case-data.js';

export type ComposerState = 'idle' | 'sending' | 'blank' | 'refused' | 'failed';

export interface ThreadContext {
  messages: readonly ShownMessage[];
  /** Whether the discussion still takes messages (not closed, consent not withdrawn). */
  open: boolean;
  composer: ComposerState;
  ownOrganisationId: string | undefined;
  organisations: ReadonlyMap<string, string>;
  locale: string;
  strings: WorkspaceStrings['case']['messages'];
  send: (body: string, form: HTMLFormElement) => void;
}

function messageBody(message: ShownMessage, strings: ThreadContext['strings']): TemplateResult {
  if (message.locked) return html`<p class="muted">${strings.locked}</p>`;
  if (message.body === null || message.body === undefined) return html`<p class="muted">${strings.erased}</p>`;
  return html`<p class="body">${message.body}</p>`;
}

function messageItem(message: ShownMessage, context: ThreadContext): TemplateResult {
  const { strings, organisations, locale } = context;
  const author =
    message.authorOrganisationId === context.ownOrganisationId
      ? strings.ours
      : (organisations.get(message.authorOrganisationId) ?? message.authorOrganisationId);
  return html`<li class="message" data-message-id=${message.id}>
    <p class="meta"><strong>${author}</strong> · <time datetime=${message.createdAt}>${dateTime(locale, message.createdAt)}</time></p>
    ${messageBody(message, strings)}
  </li>`;
}

const composerNotices: Partial<Record<ComposerState, keyof WorkspaceStrings['case']['messages']>> = {
  refused: 'refused',
  failed: 'failed',
};

/** The discussion with the other organisation, oldest first, and the box to write in while it is open. */
export function thread(context: ThreadContext): TemplateResult {
  const { strings, composer } = context;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    context.send(new FormData(form).get('body')?.toString() ?? '', form);
  };
  const notice = composerNotices[composer];
  const blank = composer === 'blank';
  return html`${
    context.messages.length === 0
      ? html`<p class="status">${strings.empty}</p>`
      : html`<ol class="messages" part="messages">${context.messages.map((message) => messageItem(message, context))}</ol>`
  }
    ${
      context.open
        ? html`<form class="composer" part="composer" novalidate @submit=${submit}>
          ${notice ? html`<p class="notice error" role="alert">${strings[notice] as string}</p>` : nothing}
          <div class="field">
            <label for="message-body">${strings.compose}</label>
            ${blank ? html`<p class="error-message" id="message-error">${strings.blank}</p>` : nothing}
            <textarea
              id="message-body"
              name="body"
              rows="3"
              maxlength="4000"
              autocomplete="off"
              aria-invalid=${blank ? 'true' : 'false'}
              aria-describedby=${blank ? 'message-error' : nothing}
            ></textarea>
          </div>
          <button type="submit" class="button" part="button send-button" ?disabled=${composer === 'sending'}>
            ${composer === 'sending' ? strings.sending : strings.send}
          </button>
        </form>`
        : html`<p class="notice" part="thread-closed">${composer === 'refused' ? strings.refused : strings.closed}</p>`
    }`;
}
