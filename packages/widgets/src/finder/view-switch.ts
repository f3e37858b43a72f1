/** The finder's switch between its list of results and the map of the same search. */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';

export type ResultsView = 'list' | 'map';

export function viewSwitch(
  strings: Strings['map'],
  current: ResultsView,
  onChange: (view: ResultsView) => void,
): TemplateResult {
  const option = (view: ResultsView, label: string) =>
    html`<button
      type="button"
      class="button ${view === current ? '' : 'secondary'}"
      part="button view-switch"
      aria-pressed=${view === current ? 'true' : 'false'}
      @click=${() => onChange(view)}
    >
      ${label}
    </button>`;
  return html`<div class="actions view-switch" role="group" aria-label=${strings.viewLabel}>
    ${option('list', strings.listView)} ${option('map', strings.mapView)}
  </div>`;
}
