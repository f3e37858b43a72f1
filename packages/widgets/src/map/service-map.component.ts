import type { Service } from '@victim-referral/schemas';
import { listServices } from '@victim-referral/schemas/routes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { flagFilters } from '../finder/search-form.js';
import { type SearchFilters, serviceSearchQuery } from '../finder/search-query.js';
import { finderLabels } from '../i18n/labels/generated/finder/index.js';
import { finderStrings } from '../i18n/locales/finder/index.js';
import { VrApiElement } from '../shared/api-element.js';
import { pageOf } from '../shared/defensive.js';
import { ServiceSelectEvent } from '../shared/events.js';
import { countryName } from '../shared/format.js';
import { baseStyles } from '../shared/styles.js';
import { ClusteredMap } from './clustered-map.js';

import { type MapPlace, placeServices } from './placement.js';
import { leafletStyles, mapStyles } from './service-map.styles.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The most services the map reads from the directory (50 pages of 100). */
const mapServiceLimit = 5000;
/** Filters changing this close together (the finder's search text, typed) share one reading of the directory. */
const settleMs = 250;

/**
 * @tag vr-service-map
 * @summary A map of the network's support services matching the finder's filters, markers clustered.
 *
 * No tile server is contacted unless `tile-url` is set: without one the map draws a light outline
 * of Europe shipped with it. Confidential locations (shelters) appear only as an approximate area.
 * Every marker and cluster is a button (Tab, then Enter); `<vr-service-finder>`'s list shows the
 * same services and is the accessible alternative.
 *
 * @attr lang - The language of the map; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr publishable-key - The member's publishable key (`pk_…`): it may read the directory.
 *
 * @event vr-service-select - The user chose a service. `event.service` (also `event.detail.service`) is the `Service`.
 *
 * @csspart map - The map.
 * @csspart status - The loading and error messages, and the note of services not on the map.
 * @csspart place - The panel of the place the user opened.
 * @csspart button - Every button of the panel.
 * @csspart select-button - The "Choose this service" button.
 *
 * @cssproperty --vr-map-height - Height of the map. Default `28rem`.
 * @cssproperty --vr-map-sea - Background of the map without tiles. Default `#dce9f2`.
 */
export class VrServiceMap extends VrApiElement {
  static override styles = [leafletStyles, baseStyles, mapStyles];

  protected static override labels = finderLabels;
  protected static override stringParts = [finderStrings];

  static override properties = {
    q: {},
    country: {},
    victimType: { attribute: 'victim-type' },
    assistance: {},
    language: {},
    delivery: {},
    accessibility: {},
    freeOfCharge: { attribute: 'free-of-charge', type: Boolean },
    openNow: { attribute: 'open-now', type: Boolean },
    acceptingReferrals: { attribute: 'accepting-referrals', type: Boolean },
    interpretation: { type: Boolean },
    age: { attribute: false },
    near: { attribute: false },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    services: { attribute: false },
    status: { state: true },
    unplaced: { state: true },
    opened: { state: true },
    announcement: { state: true },
  };

  /** Search text, as typed in the finder's search box. */
  declare q: string | undefined;
  /** Country filter: an ISO 3166-1 alpha-2 code such as `PT`. */
  declare country: string | undefined;
  /** "What happened" filter: a code of the `victimTypes` vocabulary. */
  declare victimType: string | undefined;
  /** "Kind of help" filter: a code of the `formsOfAssistance` vocabulary. */
  declare assistance: string | undefined;
  /** Language filter: a language tag such as `pt` or `uk`. */
  declare language: string | undefined;
  /** Delivery filter: a code of the `deliveryModes` vocabulary. */
  declare delivery: string | undefined;
  /** Accessibility filter: a code of the `accessibilityFeatures` vocabulary. */
  declare accessibility: string | undefined;
  /** Only services free of charge. */
  declare freeOfCharge: boolean;
  /** Only services open now. */
  declare openNow: boolean;
  /** Only services taking new referrals (neither paused nor full). */
  declare acceptingReferrals: boolean;
  /** Only services offering interpreting. */
  declare interpretation: boolean;
  /** The victim's age, for services that take it: a property only, never an attribute. */
  declare age: number | undefined;
  /** A point rounded to about 1 km (`lat,lon`) to sort by: a property only, as the finder's "near me" gives it. */
  declare near: string | undefined;
  /** A tile URL template (`https://tiles.example.org/{z}/{x}/{y}.png`) of a server the member chose. Without it no tile server is contacted. */
  declare tileUrl: string | undefined;
  /** Credit for the tiles, shown as text on the map. */
  declare tileAttribution: string | undefined;
  /** Services to show instead of searching the directory (filters are then not applied). */
  declare services: readonly Service[] | undefined;

  declare private status: LoadStatus;
  declare private unplaced: number;
  declare private opened: MapPlace | undefined;
  declare private announcement: string;

  private shown: readonly Service[] = [];
  private map: ClusteredMap | undefined;
  private mapFor: string | undefined;
  private loadAbort: AbortController | undefined;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.map?.resize());

  constructor() {
    super();
    this.q = undefined;
    this.country = undefined;
    this.victimType = undefined;
    this.assistance = undefined;
    this.language = undefined;
    this.delivery = undefined;
    this.accessibility = undefined;
    this.freeOfCharge = false;
    this.openNow = false;
    this.acceptingReferrals = false;
    this.interpretation = false;
    this.age = undefined;
    this.near = undefined;
    this.tileUrl = undefined;
    this.tileAttribution = undefined;
    this.services = undefined;
    this.status = 'idle';
    this.unplaced = 0;
    this.opened = undefined;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the map, removed on disconnect, is made again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.loadTimer);
    this.loadAbort?.abort();
    this.resizeObserver.disconnect();
    this.map?.remove();
    this.map = undefined;
    this.mapFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = [
      'apiBase',
      'publishableKey',
      'q',
      'country',
      'victimType',
      'assistance',
      'language',
      'delivery',
      'accessibility',
      ...flagFilters,
      'age',
      'near',
    ];
    if (changed.has('services')) void this.load();
    else if (inputs.some((name) => changed.has(name as never))) {
      clearTimeout(this.loadTimer);
      this.loadTimer = setTimeout(() => void this.load(), this.hasUpdated ? settleMs : 0);
    }
  }

  protected override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    const settings = `${this.tileUrl ?? ''}\n${this.tileAttribution ?? ''}\n${this.i18n.locale}`;
    if (!container || (this.map && this.mapFor === settings)) return;
    // A new base or language: the map is made again with them.
    this.map?.remove();
    this.mapFor = settings;
    this.map = new ClusteredMap({
      container,
      tileUrl: this.tileUrl?.trim() || undefined,
      tileAttribution: this.tileAttribution,
      labels: this.mapLabels(),
      onOpen: (place) => this.open(place),
    });
    this.resizeObserver.observe(container);
    this.showPlaces();
  }

  private mapLabels() {
    const s = this.i18n.strings.map;
    return {
      place: (place: MapPlace) =>
        place.approximate
          ? s.approximatePlace(place.service.name, place.locality)
          : s.place(place.service.name, place.locality),
      cluster: s.cluster,
      zoomIn: s.zoomIn,
      zoomOut: s.zoomOut,
      baseAttribution: s.baseAttribution,
    };
  }

  /** Reads every page of the services matching the filters, up to `mapServiceLimit`. */
  private async load(): Promise<void> {
    clearTimeout(this.loadTimer);
    this.loadAbort?.abort();
    if (this.services) {
      this.shown = this.services;
      this.status = 'ready';
      this.showPlaces();
      return;
    }
    const transport = this.api.transport;
    if (!transport) return;
    const abort = new AbortController();
    this.loadAbort = abort;
    this.status = 'loading';
    const filters: SearchFilters = {
      q: this.q,
      age: this.age,
      near: this.near,
      filter: (name) => this[name],
      flag: (name) => this[name],
    };
    try {
      const found: Service[] = [];
      let cursor: string | undefined;
      do {
        const page = pageOf<Service>(
          await transport(listServices, { query: serviceSearchQuery(filters, 100, cursor), signal: abort.signal }),
        );
        found.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && found.length < mapServiceLimit);
      if (abort.signal.aborted) return;
      this.shown = found.slice(0, mapServiceLimit);
      this.status = 'ready';
      this.showPlaces();
    } catch {
      if (abort.signal.aborted) return;
      this.status = 'error';
      this.announcement = this.i18n.strings.finder.errorTitle;
    }
  }

  private showPlaces(): void {
    if (!this.map || this.status !== 'ready') return;
    const { places, unplaced } = placeServices(this.shown, (code) => countryName(this.i18n.locale, code));
    this.unplaced = unplaced;
    this.opened = undefined;
    this.map.setPlaces(places);
    this.announcement = this.i18n.strings.map.shown(this.shown.length - unplaced);
  }

  private open(place: MapPlace): void {
    this.opened = place;
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#place-title'));
  }

  /** Closes the panel; focus returns to the place's marker, or to the map if it is now in a cluster. */
  private close(): void {
    const place = this.opened;
    this.opened = undefined;
    if (place) {
      this.focusAfterRender.after(
        () => this.map?.markerOf(place) ?? this.renderRoot.querySelector<HTMLElement>('.leaflet-container'),
      );
    }
  }

  private renderPlace(place: MapPlace): TemplateResult {
    const s = this.i18n.strings;
    return html`<section class="place" part="place" aria-labelledby="place-title">
      <h3 id="place-title" tabindex="-1">${place.service.name}</h3>
      <p>${place.approximate ? s.map.approximateNote(place.locality) : place.locality}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          part="button select-button"
          @click=${() => this.dispatchEvent(new ServiceSelectEvent(place.service))}
        >
          ${s.service.select}
        </button>
        <button type="button" class="button secondary" part="button" @click=${this.close}>${s.map.close}</button>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    const s = this.i18n.strings;
    return html`<div class="root" lang=${this.i18n.language} dir=${this.i18n.dir ?? nothing}>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p class="hint" id="map-hint">${s.map.keyboardHint}</p>
      ${this.status === 'loading' ? html`<p class="notice" part="status">${s.finder.searching}</p>` : nothing}
      ${
        this.status === 'error'
          ? html`<div class="notice error" part="status"><p>${s.finder.errorTitle}. ${s.finder.errorHint}</p></div>`
          : nothing
      }
      <div class="map" part="map" role="region" aria-label=${s.map.regionLabel} aria-describedby="map-hint"></div>
      ${this.opened ? this.renderPlace(this.opened) : nothing}
      ${this.unplaced > 0 ? html`<p class="notice" part="status">${s.map.notOnMap(this.unplaced)}</p>` : nothing}
    </div>`;
  }
}
