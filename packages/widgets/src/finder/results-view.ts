/** The finder's results: the loading, error and empty states, the cards, and "Show more services". */
import type { Service } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import { renderSafely } from '../shared/defensive.js';
import { type ServiceViewContext, serviceCard } from './service-view.js';

/** `refreshing`: a search is under way while the results of the one before are still shown. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'refreshing' | 'error';

export interface ResultsView {
  readonly strings: Strings['finder'];
  readonly status: LoadStatus;
  readonly moreStatus: LoadStatus;
  readonly items: readonly Service[];
  readonly hasMore: boolean;
  contextOf(service: Service): ServiceViewContext;
  onRetry(): void;
  onMore(): void;
  onDetails(service: Service): void;
  onSelect(service: Service): void;
}

function moreControls(view: ResultsView): TemplateResult | typeof nothing {
  const s = view.strings;
  if (view.moreStatus === 'loading') return html`<p class="notice" part="status">${s.loadingMore}</p>`;
  const error =
    view.moreStatus === 'error'
      ? html`<div class="notice error" part="status"><p>${s.errorTitle}. ${s.errorHint}</p></div>`
      : nothing;
  if (!view.hasMore) return error;
  return html`${error}
    <div class="actions">
      <button type="button" class="button secondary" part="button load-more" @click=${view.onMore}>
        ${view.moreStatus === 'error' ? s.retry : s.loadMore}
      </button>
    </div>`;
}

export function results(view: ResultsView): TemplateResult | typeof nothing {
  const s = view.strings;
  switch (view.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`<p class="notice" part="status">${s.searching}</p>`;
    case 'error':
      return html`<div class="notice error" part="status">
        <h3>${s.errorTitle}</h3>
        <p>${s.errorHint}</p>
        <button type="button" class="button" part="button retry-button" @click=${view.onRetry}>${s.retry}</button>
      </div>`;
    default:
      break;
  }
  if (view.items.length === 0) {
    return html`<div class="notice" part="status">
      <h3>${s.emptyTitle}</h3>
      <p>${s.emptyHint}</p>
    </div>`;
  }
  return html`<ul class="results" part="results" aria-label=${s.resultsLabel} aria-busy=${view.status === 'refreshing' ? 'true' : 'false'}>
      ${view.items.map((service) =>
        renderSafely(
          () =>
            html`<li>
              ${serviceCard(service, view.contextOf(service), {
                onDetails: () => view.onDetails(service),
                onSelect: () => view.onSelect(service),
              })}
            </li>`,
        ),
      )}
    </ul>
    ${moreControls(view)}`;
}
