import { type Priority, priorities, type ReferralStatus, referralStatuses } from '@victim-referral/schemas';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RouteTransport } from '../shared/client.js';
import { VrContactElement } from '../shared/contact-element.js';
import { byAttention } from '../shared/deadline.js';
import { OpenReferralEvent } from '../shared/events.js';
import { organisationNames } from '../shared/organisation-names.js';
import { PollController, pollIntervalMs } from '../shared/poller.js';
import { baseStyles } from '../shared/styles.js';
import { vocabularyChoices } from '../shared/vocabulary.js';
import { WorkspaceLocaleController } from '../shared/workspace-locale.js';
import { type Box, boxes, type InboxRow, loadBoxes } from './boxes.js';
import { inboxTable } from './inbox-table.js';
import { inboxStyles } from './referral-inbox.styles.js';

type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * @tag vr-referral-inbox
 * @summary A point of contact's referrals, received and sent, most pressing first; opens one in `<vr-referral-case>`.
 *
 * Set the contact token as the `token` property (a string, or an async function returning one), never as an attribute.
 *
 * @attr lang - The language of the inbox; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr for - The id of a `<vr-referral-case>` on the page: opening a referral shows it there.
 * @attr page-size - How many referrals a tab shows before "Show more referrals". Default 25.
 * @attr poll-interval - Seconds between two checks for news while the page is visible. Default 30.
 *
 * @event vr-open-referral - The user opened a referral. `event.detail.referralId` is its id; cancel it to stop the `for` wiring.
 *
 * @csspart tabs - The "Received" and "Sent" tabs.
 * @csspart filters - The status and priority filters.
 * @csspart table - The table of referrals.
 * @csspart open-button - The reference of a referral, which opens it.
 * @csspart status - The loading, empty and error messages.
 * @csspart button - Every button.
 *
 * @cssproperty --vr-color-primary - Buttons, links and accents. Default `#1d70b8`.
 * @cssproperty --vr-color-error - Overdue flags. Default `#d4351c`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 */
export class VrReferralInbox extends VrContactElement {
  static override styles = [baseStyles, ...inboxStyles];

  static override properties = {
    ...VrContactElement.properties,
    for: {},
    pageSize: { attribute: 'page-size', type: Number },
    pollInterval: { attribute: 'poll-interval', type: Number },
    box: { state: true },
    statusFilter: { state: true },
    priorityFilter: { state: true },
    referrals: { state: true },
    loadStatus: { state: true },
    shown: { state: true },
    organisations: { state: true },
    announcement: { state: true },
    openedId: { state: true },
  };

  /** The id of the `<vr-referral-case>` that shows an opened referral. */
  declare for: string | undefined;
  /** How many referrals a tab shows at first, and more at each "Show more referrals". */
  declare pageSize: number;
  /** Seconds between two checks for news while the page is visible. */
  declare pollInterval: number;

  declare private box: Box;
  declare private statusFilter: ReferralStatus | '';
  declare private priorityFilter: Priority | '';
  declare private referrals: Record<Box, InboxRow[]> | undefined;
  declare private loadStatus: LoadStatus;
  declare private shown: number;
  declare private organisations: ReadonlyMap<string, string>;
  declare private announcement: string;
  declare private openedId: string | undefined;

  private readonly workspace = new WorkspaceLocaleController(this, this.i18n);
  private readonly poller = new PollController(this, () => this.refresh());
  private loadedFor: RouteTransport | undefined;
  private abort: AbortController | undefined;

  constructor() {
    super();
    this.for = undefined;
    this.pageSize = 25;
    this.pollInterval = pollIntervalMs / 1000;
    this.box = 'inbox';
    this.statusFilter = '';
    this.priorityFilter = '';
    this.referrals = undefined;
    this.loadStatus = 'loading';
    this.shown = this.pageSize;
    this.organisations = new Map();
    this.announcement = '';
    this.openedId = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) this.poller.intervalMs = this.pollInterval * 1000;
    if (changed.has('pageSize')) this.shown = this.pageSize;
    const { transport } = this.api;
    if (transport && transport !== this.loadedFor) {
      this.loadedFor = transport;
      this.referrals = undefined;
      this.loadStatus = 'loading';
      void organisationNames(transport).then((names) => {
        if (this.loadedFor === transport) this.organisations = names;
      });
      this.poller.now();
    }
  }

  /** Reads both boxes again; announces referrals that arrived in the inbox since the last read. */
  private async refresh(): Promise<void> {
    const transport = this.loadedFor;
    if (!transport) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const loaded = await loadBoxes(transport, abort.signal);
      if (abort.signal.aborted) return;
      const known = this.referrals && new Set(this.referrals.inbox.map((row) => row.id));
      const arrived = known ? loaded.inbox.filter((row) => !known.has(row.id)).length : 0;
      if (arrived > 0) this.announcement = this.workspace.strings.inbox.arrived(arrived);
      this.referrals = loaded;
      this.loadStatus = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed check keeps what is shown; only a first load that fails shows the error.
      if (!this.referrals) this.loadStatus = 'error';
      throw error;
    }
  }

  private retry(): void {
    this.loadStatus = 'loading';
    this.poller.now();
  }

  private rowsOf(box: Box): InboxRow[] {
    const rows = this.referrals?.[box] ?? [];
    return rows.filter(
      (row) =>
        (!this.statusFilter || row.status === this.statusFilter) &&
        (!this.priorityFilter || row.priority === this.priorityFilter),
    );
  }

  private selectBox(box: Box, focus = false): void {
    this.box = box;
    this.shown = this.pageSize;
    if (focus) this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${box}`));
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = boxes.indexOf(this.box);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: boxes.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const step = this.i18n.dir === 'rtl' && event.key.startsWith('Arrow') ? -move : move;
    const next = boxes[(index + step + boxes.length) % boxes.length];
    if (next) this.selectBox(next, true);
  }

  private open(row: InboxRow): void {
    this.openedId = row.id;
    const event = new OpenReferralEvent(row.id);
    if (!this.dispatchEvent(event) || !this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById(this.for) as (HTMLElement & { referralId?: string }) | null;
    if (!target) return;
    target.referralId = row.id;
    target.scrollIntoView?.({ block: 'start' });
    target.focus?.();
  }

  protected override render(): TemplateResult {
    const strings = this.workspace.strings.inbox;
    return html`<section role="region" aria-label=${strings.regionLabel} lang=${this.i18n.language} dir=${this.i18n.dir ?? nothing}>
      <div role="tablist" aria-label=${strings.tabsLabel} part="tabs" class="tabs" @keydown=${this.onTabKey}>
        ${boxes.map((box) => this.tab(box))}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${this.box}`} class="panel">
        ${this.filters()} ${this.panel()}
      </div>
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </section>`;
  }

  private tab(box: Box): TemplateResult {
    const strings = this.workspace.strings.inbox;
    const selected = this.box === box;
    const count = this.referrals ? ` (${new Intl.NumberFormat(this.i18n.locale).format(this.rowsOf(box).length)})` : '';
    return html`<button
      type="button"
      role="tab"
      id=${`tab-${box}`}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel"
      tabindex=${selected ? '0' : '-1'}
      class="tab"
      part="button tab"
      @click=${() => this.selectBox(box)}
    >
      ${strings[box]}${count}
    </button>`;
  }

  private filters(): TemplateResult {
    const strings = this.workspace.strings.inbox;
    const { taxonomy } = this.i18n;
    const select = (
      id: string,
      label: string,
      value: string,
      choices: { value: string; label: string }[],
      set: (value: string) => void,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${strings.any}</option>
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${value === choice.value}>${choice.label}</option>`)}
      </select>
    </div>`;
    return html`<fieldset class="filters" part="filters">
      <legend>${strings.filtersLegend}</legend>
      ${select(
        'filter-status',
        strings.status,
        this.statusFilter,
        vocabularyChoices(
          taxonomy,
          'referralStatuses',
          referralStatuses.map((term) => term.code),
        ),
        (value) => {
          this.statusFilter = value as ReferralStatus | '';
          this.shown = this.pageSize;
        },
      )}
      ${select(
        'filter-priority',
        strings.priority,
        this.priorityFilter,
        vocabularyChoices(
          taxonomy,
          'priorities',
          priorities.map((term) => term.code),
        ),
        (value) => {
          this.priorityFilter = value as Priority | '';
          this.shown = this.pageSize;
        },
      )}
    </fieldset>`;
  }

  private panel(): TemplateResult {
    const strings = this.workspace.strings.inbox;
    if (this.loadStatus === 'loading') return html`<p class="status" part="status">${strings.loading}</p>`;
    if (this.loadStatus === 'error') {
      return html`<div class="notice error" part="status" role="alert">
        <p>${strings.error}</p>
        <button type="button" class="button" part="button" @click=${this.retry}>${strings.retry}</button>
      </div>`;
    }
    const now = Date.now();
    const rows = byAttention(this.rowsOf(this.box), now);
    if (rows.length === 0) {
      const filtered = this.statusFilter || this.priorityFilter;
      return html`<p class="status" part="status">${filtered ? strings.emptyFiltered : strings.empty}</p>`;
    }
    return html`${inboxTable({
      box: this.box,
      rows: rows.slice(0, this.shown),
      now,
      locale: this.i18n.locale,
      strings,
      taxonomy: this.i18n.taxonomy,
      organisations: this.organisations,
      openedId: this.openedId,
      open: (row) => this.open(row),
    })}
    ${
      rows.length > this.shown
        ? html`<button type="button" class="button secondary" part="button" @click=${() => (this.shown += this.pageSize)}>
          ${strings.loadMore}
        </button>`
        : nothing
    }`;
  }
}
