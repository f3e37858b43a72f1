import type { Organisation, Service } from '@victim-referral/schemas';
import { listServices } from '@victim-referral/schemas/routes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { finderLabels } from '../i18n/labels/generated/finder/index.js';
import { finderStrings } from '../i18n/locales/finder/index.js';
import { safetyStrings } from '../i18n/locales/safety/index.js';
import { emergencyStyles, VrSafetyElement } from '../safety/safety-element.js';
import type { ClientSettings, RouteTransport } from '../shared/client.js';
import type { ContactToken } from '../shared/contact-element.js';
import { pageOf } from '../shared/defensive.js';
import { ServiceSelectEvent } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { acceptsFilterValue } from './filter-values.js';
import { type FinderView, type MapSearch, mapOfSearch, viewSwitch } from './map-view.js';
import { nearQuery } from './near-me.js';
import { NearMeController } from './near-me-controller.js';
import { nearMeControls } from './near-me-view.js';
import { allOrganisations } from './organisations.js';
import { type LoadStatus, type ResultsView, results } from './results-view.js';
import { flagFilters, parseAge, type SearchFormView, searchForm, type TextFilter, textFilters } from './search-form.js';
import { type SearchFilters, type SearchQuery, serviceSearchQuery } from './search-query.js';
import { finderStyles } from './service-finder.styles.js';
import { canBeChosen, type ServiceViewContext, serviceDetail } from './service-view.js';

/** Keystrokes this close together share one search: the first searches at once, the last at the end. */
const burstMs = 40;
/** Typing settles for this long before the result count is read out, so it is not announced per keystroke. */
const announceCalmMs = 700;

/**
 * @tag vr-service-finder
 * @summary Searches the network's directory of support services and lets the user choose one.
 *
 * @attr lang - The language of the finder; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr publishable-key - The member's publishable key (`pk_…`): it may read the directory.
 *
 * @event vr-service-select - The user chose a service. `event.service` (also `event.detail.service`) is the `Service`.
 *
 * @csspart search - The search form: the search box and the filters.
 * @csspart status - The loading, empty and error messages.
 * @csspart results - The list of service cards.
 * @csspart card - One service card.
 * @csspart card-title - The name of the service on a card.
 * @csspart badge - A "free of charge", "confidential" or "not taking referrals now" badge.
 * @csspart paused-badge - The "not taking referrals now" badge of a paused service.
 * @csspart link - A contact link (phone, email, website, chat).
 * @csspart detail - The detail view of one service.
 * @csspart detail-title - The name of the service in the detail view.
 * @csspart button - Every button.
 * @csspart details-button - The "More details" button of a card.
 * @csspart select-button - The "Choose this service" button.
 * @csspart back-button - The "Back to results" buttons of the detail view.
 * @csspart load-more - The "Show more services" button.
 * @csspart retry-button - The "Try again" button of the error state.
 * @csspart view-switch - The "as a list" / "on a map" buttons.
 * @csspart map - The map of `<vr-service-map>` (its chunk loads when the user first asks for it).
 * @csspart near-me - The "near me" controls: the button, its status, the town-or-city choice.
 * @csspart near-me-button - The "Show services near me" button.
 * @csspart near-me-stop - The "Stop sorting by distance" button.
 *
 * @cssproperty --vr-color-primary - Buttons, links and accents. Default `#1d70b8`.
 * @cssproperty --vr-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --vr-color-text - Text and control borders. Default `#0b0c0c`.
 * @cssproperty --vr-color-muted - Hints. Default `#505a5f`.
 * @cssproperty --vr-color-surface - Control backgrounds. Default `#ffffff`.
 * @cssproperty --vr-color-surface-alt - Secondary buttons, badges, notices. Default `#f3f2f1`.
 * @cssproperty --vr-color-border - Secondary borders. Default `#6f777b`.
 * @cssproperty --vr-color-error - Error messages and borders. Default `#d4351c`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 * @cssproperty --vr-color-focus-text - Outer focus ring. Default `#0b0c0c`.
 * @cssproperty --vr-radius - Corner radius of buttons. Default `4px`.
 * @cssproperty --vr-space - Base spacing. Default `1rem`.
 * @cssproperty --vr-finder-card-background - Background of the cards. Default `--vr-color-surface`.
 * @cssproperty --vr-finder-card-border-color - Border of the cards. Default `#b1b4b6`.
 * @cssproperty --vr-finder-gap - Space between the cards and filters. Default `--vr-space`.
 */
export class VrServiceFinder extends VrSafetyElement {
  /** Lit's styles of the element; theme it with the CSS custom properties and parts above. */
  static override styles = [baseStyles, emergencyStyles, finderStyles];

  protected static override labels = finderLabels;
  protected static override stringParts = [finderStrings, safetyStrings];

  static override properties = {
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
    ageText: { state: true },
    pageSize: { attribute: 'page-size', type: Number },
    query: { state: true },
    status: { state: true },
    items: { state: true },
    nextCursor: { state: true },
    moreStatus: { state: true },
    selected: { state: true },
    organisations: { state: true },
    announcement: { state: true },
    view: { state: true },
    token: { attribute: false },
  };

  /** Preset country filter, and the country of the emergency numbers: an ISO code such as `PT`. */
  declare country: string | undefined;
  /** Preset "what happened" filter: a code of the `victimTypes` vocabulary. */
  declare victimType: string | undefined;
  /** Preset "kind of help" filter: a code of the `formsOfAssistance` vocabulary. */
  declare assistance: string | undefined;
  /** Preset language filter: a language tag such as `pt` or `uk`. */
  declare language: string | undefined;
  /** Preset delivery filter: a code of the `deliveryModes` vocabulary. */
  declare delivery: string | undefined;
  /** Preset: only services free of charge. */
  declare freeOfCharge: boolean;
  /** Preset: only services open now. */
  declare openNow: boolean;
  /** Preset accessibility filter: a code of the `accessibilityFeatures` vocabulary. */
  declare accessibility: string | undefined;
  /** Preset: only services taking new referrals (neither paused nor full). */
  declare acceptingReferrals: boolean;
  /** Preset: only services offering interpreting. */
  declare interpretation: boolean;
  /** How many services a page shows (1–100). */
  declare pageSize: number;
  /** A point of contact's token (or async provider) instead of `publishable-key`, e.g. in a case. Property only. */
  declare token: ContactToken | undefined;

  declare private query: string;
  /** The victim's age as typed: state only, never an attribute, sent once valid. */
  declare private ageText: string;
  declare private status: LoadStatus;
  declare private items: Service[];
  declare private nextCursor: string | null;
  declare private moreStatus: LoadStatus;
  declare private selected: Service | undefined;
  declare private organisations: Map<string, Organisation>;
  declare private announcement: string;
  declare private view: FinderView;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSearchAt = Number.NEGATIVE_INFINITY;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private searchAbort: AbortController | undefined;
  private moreAbort: AbortController | undefined;
  private organisationsLoadedFor: RouteTransport | undefined;
  private readonly nearMe = new NearMeController(this, {
    transport: () => this.api.transport,
    locale: () => this.i18n.locale,
    onOriginChange: () => this.scheduleSearch(0),
  });

  constructor() {
    super();
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
    this.pageSize = 10;
    this.token = undefined;
    this.query = '';
    this.ageText = '';
    this.status = 'idle';
    this.items = [];
    this.nextCursor = null;
    this.moreStatus = 'idle';
    this.selected = undefined;
    this.organisations = new Map();
    this.announcement = '';
    this.view = 'list';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.announceTimer);
    this.searchAbort?.abort();
    this.moreAbort?.abort();
  }

  protected override clientSettings(): ClientSettings {
    const { token } = this;
    if (token === undefined) return super.clientSettings();
    return { apiBase: this.apiBase, ...(typeof token === 'function' ? { tokenProvider: token } : { token }) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const searchInputs = ['apiBase', 'publishableKey', ...textFilters, ...flagFilters, 'ageText', 'pageSize'];
    if (searchInputs.some((name) => changed.has(name as keyof VrServiceFinder))) this.scheduleSearch(0);
  }

  protected override emergencyCountry(): string | undefined {
    return this.filterValue('country');
  }

  /** Searches again with the current text and filters. */
  refresh(): void {
    this.scheduleSearch(0);
  }

  private scheduleSearch(delay: number, announceCalmly = false): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.search(announceCalmly), delay);
  }

  /**
   * Searches as the user types: at once after a pause, and at most one search per burst window
   * while keys follow each other closely; the newest keystroke's search aborts the one before.
   */
  private searchAsTyped(): void {
    const sinceLast = performance.now() - this.lastSearchAt;
    clearTimeout(this.searchTimer);
    if (sinceLast >= burstMs) void this.search(true);
    else this.scheduleSearch(burstMs - sinceLast, true);
  }

  private filterValue(name: TextFilter): string | undefined {
    const value = this[name]?.trim();
    if (!value) return undefined;
    return acceptsFilterValue[name](value) ? value : undefined;
  }

  /** The search as the list and the map run it: the text, the valid filters, the age and the point near me. */
  private searchFilters(): SearchFilters {
    return {
      q: this.query,
      age: parseAge(this.ageText),
      near: this.nearMe.origin && nearQuery(this.nearMe.origin),
      filter: (name) => this[name],
      flag: (name) => this[name],
    };
  }

  private searchQuery(cursor?: string): SearchQuery {
    const limit = Math.min(Math.max(Math.trunc(this.pageSize) || 10, 1), 100);
    return serviceSearchQuery(this.searchFilters(), limit, cursor);
  }

  /** Searches with the current text and filters; an answer that a newer search replaced is dropped. */
  private async search(announceCalmly = false): Promise<void> {
    const transport = this.api.transport;
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    clearTimeout(this.announceTimer);
    if (!transport) return;
    this.lastSearchAt = performance.now();
    void this.loadOrganisations(transport);
    const abort = new AbortController();
    this.searchAbort = abort;
    // Results already shown stay while the next ones load (marked busy), so typing does not flicker.
    this.status = this.status === 'ready' || this.status === 'refreshing' ? 'refreshing' : 'loading';
    this.moreStatus = 'idle';
    try {
      const page = pageOf<Service>(await transport(listServices, { query: this.searchQuery(), signal: abort.signal }));
      if (abort.signal.aborted || this.searchAbort !== abort) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      if (announceCalmly) this.announceTimer = setTimeout(() => this.announce(), announceCalmMs);
      else this.announce();
    } catch {
      if (abort.signal.aborted || this.searchAbort !== abort) return;
      this.status = 'error';
      this.announcement = this.i18n.strings.finder.errorTitle;
    }
  }

  private async loadMore(): Promise<void> {
    const transport = this.api.transport;
    const cursor = this.nextCursor;
    if (!transport || !cursor) return;
    const abort = new AbortController();
    this.moreAbort = abort;
    this.moreStatus = 'loading';
    try {
      const answer = await transport(listServices, { query: this.searchQuery(cursor), signal: abort.signal });
      if (abort.signal.aborted) return;
      const page = pageOf<Service>(answer);
      const firstNew = page.items[0];
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
      this.moreStatus = 'idle';
      this.announce();
      if (firstNew) this.focusAfterRender.after(() => this.cardOf(firstNew.id));
    } catch {
      if (abort.signal.aborted) return;
      this.moreStatus = 'error';
      this.announcement = this.i18n.strings.finder.errorTitle;
    }
  }

  /** Every member organisation, for names and filter options. */
  private async loadOrganisations(transport: RouteTransport): Promise<void> {
    if (this.organisationsLoadedFor === transport) return;
    this.organisationsLoadedFor = transport;
    try {
      const found = await allOrganisations(transport, () => this.api.transport === transport);
      if (found) this.organisations = found;
    } catch {
      // Names and filter options are a convenience: the search works without them.
      if (this.organisationsLoadedFor === transport) this.organisationsLoadedFor = undefined;
    }
  }

  private announce(): void {
    const strings = this.i18n.strings.finder;
    this.announcement =
      this.items.length === 0
        ? strings.emptyTitle
        : `${strings.resultsShown(this.items.length)}${this.nextCursor ? ` ${strings.moreAvailable}` : ''}`;
  }

  private cardOf(id: string): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(`article[data-service-id="${CSS.escape(id)}"]`);
  }

  private showDetails(service: Service): void {
    this.selected = service;
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#detail-title'));
  }

  private backToResults(): void {
    const id = this.selected?.id;
    this.selected = undefined;
    if (id) this.focusAfterRender.after(() => this.cardOf(id)?.querySelector<HTMLElement>('button'));
  }

  private choose(service: Service): void {
    if (canBeChosen(service)) this.dispatchEvent(new ServiceSelectEvent(service));
  }

  private viewContext(service: Service): ServiceViewContext {
    return {
      strings: this.i18n.strings,
      taxonomy: this.i18n.taxonomy,
      locale: this.i18n.locale,
      now: new Date(),
      organisation: this.organisations.get(service.organisationId),
      origin: this.nearMe.origin,
    };
  }

  private mapSearch(): MapSearch {
    return { apiBase: this.apiBase, publishableKey: this.publishableKey, ...this.searchFilters() };
  }

  private searchFormView(): SearchFormView {
    return {
      strings: this.i18n.strings.finder,
      taxonomy: this.i18n.taxonomy,
      locale: this.i18n.locale,
      organisations: [...this.organisations.values()],
      query: this.query,
      filterValue: (name) => this.filterValue(name),
      flag: (name) => this[name],
      ageText: this.ageText,
      onQueryInput: (value) => {
        this.query = value;
        this.searchAsTyped();
      },
      onSubmit: () => this.scheduleSearch(0),
      onFilterChange: (name, value) => {
        this[name] = value;
      },
      onFlagChange: (name, checked) => {
        this[name] = checked;
      },
      onAgeChange: (text) => {
        this.ageText = text;
      },
      onClear: () => {
        for (const name of textFilters) this[name] = undefined;
        for (const name of flagFilters) this[name] = false;
        this.ageText = '';
        this.nearMe.stop();
      },
    };
  }

  private resultsView(): ResultsView {
    return {
      strings: this.i18n.strings.finder,
      status: this.status,
      moreStatus: this.moreStatus,
      items: this.items,
      hasMore: this.nextCursor !== null,
      contextOf: (service) => this.viewContext(service),
      onRetry: () => this.refresh(),
      onMore: () => void this.loadMore(),
      onDetails: (service) => this.showDetails(service),
      onSelect: (service) => this.choose(service),
    };
  }

  protected override render(): TemplateResult {
    const selected = this.selected;
    return html`<div class="root" lang=${this.i18n.language} dir=${this.i18n.dir ?? nothing}>
      ${this.renderEmergencyNotice()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        selected
          ? serviceDetail(selected, this.viewContext(selected), {
              onBack: () => this.backToResults(),
              onSelect: () => this.choose(selected),
            })
          : html`${searchForm(this.searchFormView())}
              ${nearMeControls(this.nearMe, this.i18n.strings.finder, this.i18n.locale)}
              <h2 class="visually-hidden">${this.i18n.strings.finder.resultsLabel}</h2>
              ${viewSwitch(this.i18n.strings.map, this.view, (view) => {
                this.view = view;
              })}
              ${this.view === 'map' ? mapOfSearch(this.mapSearch()) : results(this.resultsView())}`
      }
    </div>`;
  }
}
