/**
 * The finder's two views of its results: the list, and the map of the same search. The switch
 * between them, and the map, whose chunk (Leaflet, the outline of Europe) loads only when the
 * user first asks for it.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import type { SearchFilters } from './search-query.js';

/** How the finder shows its results: as a list of cards, or on a map. */
export type FinderView = 'list' | 'map';

export function viewSwitch(
  strings: Strings['map'],
  current: FinderView,
  onChange: (view: FinderView) => void,
): TemplateResult {
  const option = (view: FinderView, label: string) =>
    html`<button
      type="button"
      class="button ${view === current ? '' : 'secondary'}"
      part="button view-switch"
      aria-pressed=${view === current ? 'true' : 'false'}
      @click=${() => {
        if (view === 'map') void import('../map/service-map.js');
        onChange(view);
      }}
    >
      ${label}
    </button>`;
  return html`<div class="actions view-switch" role="group" aria-label=${strings.viewLabel}>
    ${option('list', strings.listView)} ${option('map', strings.mapView)}
  </div>`;
}

/** What the map needs of the finder's search: its API settings and the search's filters. */
export interface MapSearch extends SearchFilters {
  readonly apiBase: string | undefined;
  readonly publishableKey: string | undefined;
}

/** The map of the same search as the list (the map reads every page of it). */
export function mapOfSearch(search: MapSearch): TemplateResult {
  return html`<vr-service-map
    exportparts="map"
    .apiBase=${search.apiBase}
    .publishableKey=${search.publishableKey}
    .q=${search.q}
    .country=${search.filter('country')}
    .victimType=${search.filter('victimType')}
    .assistance=${search.filter('assistance')}
    .language=${search.filter('language')}
    .delivery=${search.filter('delivery')}
    .accessibility=${search.filter('accessibility')}
    .freeOfCharge=${search.flag('freeOfCharge')}
    .openNow=${search.flag('openNow')}
    .acceptingReferrals=${search.flag('acceptingReferrals')}
    .interpretation=${search.flag('interpretation')}
    .age=${search.age}
    .near=${search.near}
  ></vr-service-map>`;
}
