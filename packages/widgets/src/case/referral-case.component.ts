import { isReferralApiError } from '@victim-referral/client';
import { isClosed, mayReferOnward, type ReferralEvent } from '@victim-referral/schemas';
import { createMessage, transitionReferral } from '@victim-referral/schemas/routes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RouteTransport } from '../shared/client.js';
import { VrContactElement } from '../shared/contact-element.js';
import { QuickExitEvent } from '../shared/events.js';
import { organisationNames } from '../shared/organisation-names.js';
import { PollController, pollIntervalMs } from '../shared/poller.js';
import { sealedBody } from '../shared/sealed-body.js';
import { baseStyles } from '../shared/styles.js';
import { WorkspaceLocaleController } from '../shared/workspace-locale.js';
import { actionsPanel, type DecisionNotice } from './actions-panel.js';
import { actionsFor, asksFirst, type Decision, needsOf, newDecision, requestOf } from './case-actions.js';
import {
  messageParties,
  type OpenedCase,
  openCase,
  openMessages,
  readCase,
  rolesOf,
  type SealedDecrypt,
  type SealingPrivateKey,
  type ShownMessage,
} from './case-data.js';
import { caseFileSections, consentSection, personSection } from './case-details.js';
import { summary } from './case-summary.js';
import { type ComposerState, thread } from './case-thread.js';
import { timeline } from './case-timeline.js';
import { KeyImportController, keyImport } from './key-import.js';
import { OnwardController } from './onward.js';
import { onwardView } from './onward-view.js';
import { caseStyles } from './referral-case.styles.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'not-found';

/**
 * @tag vr-referral-case
 * @summary One referral as its point of contact needs it to decide: the case, the decisions the state machine allows, the discussion and the history.
 *
 * Set the contact token as the `token` property, and the organisation's private keys as `keys` (or a `decrypt`
 * callback) to open sealed details in the browser. None of them is ever an attribute. Without either, the case offers
 * to open them with the organisation's key file (imported as non-extractable keys), remembered on the device
 * (IndexedDB) only when the point of contact ticks "remember", with a control to forget them. The victim's details are
 * dropped from memory when the element is removed, when the page is hidden for good (`pagehide`) and on quick exit.
 *
 * @attr lang - The language of the case; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr referral-id - The referral to show.
 * @attr organisation-id - The id of the caller's own organisation: it says whether it referred or receives the case.
 * @attr poll-interval - Seconds between two checks for news while the page is visible. Default 30.
 *
 * @csspart summary - Who referred, when, the priority, status and time left.
 * @csspart do-not-contact - The warning that the person must not be contacted directly.
 * @csspart sealed-notice - Why the person's details are not shown.
 * @csspart key-import - The key file picker, or the control to forget the key remembered on this device.
 * @csspart actions - The decisions the caller may make now.
 * @csspart decision - The form of a decision that needs a reason, an outcome or a confirmation.
 * @csspart messages - The discussion.
 * @csspart composer - The box to write a message in.
 * @csspart thread-closed - The notice that the discussion is closed.
 * @csspart timeline - The history of the referral.
 * @csspart button - Every button.
 *
 * @cssproperty --vr-color-primary - Buttons, links and accents. Default `#1d70b8`.
 * @cssproperty --vr-color-error - Overdue flags and errors. Default `#d4351c`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 */
export class VrReferralCase extends VrContactElement {
  static override styles = [baseStyles, ...caseStyles];

  static override properties = {
    ...VrContactElement.properties,
    referralId: { attribute: 'referral-id' },
    organisationId: { attribute: 'organisation-id' },
    keys: { attribute: false },
    decrypt: { attribute: false },
    pollInterval: { attribute: 'poll-interval', type: Number },
    loadStatus: { state: true },
    opened: { state: true },
    messages: { state: true },
    events: { state: true },
    organisations: { state: true },
    decision: { state: true },
    busy: { state: true },
    notice: { state: true },
    composer: { state: true },
    announcement: { state: true },
  };

  /** The id of the referral to show. */
  declare referralId: string | undefined;
  /** The caller's own organisation: whether it referred the case, receives it, or both. */
  declare organisationId: string | undefined;
  /** Private JWKs (or `{ kid, key }` with a non-extractable CryptoKey) that open sealed details. Property only. */
  declare keys: readonly SealingPrivateKey[] | undefined;
  /** Opens sealed details on the member's own server instead; takes precedence over `keys`. Property only. */
  declare decrypt: SealedDecrypt | undefined;
  /** Seconds between two checks for news while the page is visible. */
  declare pollInterval: number;

  declare private loadStatus: LoadStatus;
  declare private opened: OpenedCase | undefined;
  declare private messages: ShownMessage[];
  declare private events: ReferralEvent[];
  declare private organisations: ReadonlyMap<string, string>;
  declare private decision: Decision | undefined;
  declare private busy: boolean;
  declare private notice: DecisionNotice | undefined;
  declare private composer: ComposerState;
  declare private announcement: string;

  private readonly workspace = new WorkspaceLocaleController(this, this.i18n);
  private readonly poller = new PollController(this, () => this.refresh());
  private readonly onward = new OnwardController(this);
  private readonly keyring = new KeyImportController(this);
  private loadedFor: { transport: RouteTransport; id: string } | undefined;
  private abort: AbortController | undefined;
  /** Set while the page is hidden for good or being left: nothing is read until it shows again. */
  private suspended = false;
  private readonly forget = () => {
    this.suspended = true;
    this.drop();
  };
  private readonly exit = () => {
    this.referralId = undefined;
    this.forget();
  };
  private readonly onPageShow = () => {
    this.suspended = false;
    this.requestUpdate();
  };

  constructor() {
    super();
    this.referralId = undefined;
    this.organisationId = undefined;
    this.keys = undefined;
    this.decrypt = undefined;
    this.pollInterval = pollIntervalMs / 1000;
    this.loadStatus = 'idle';
    this.opened = undefined;
    this.messages = [];
    this.events = [];
    this.organisations = new Map();
    this.decision = undefined;
    this.busy = false;
    this.notice = undefined;
    this.composer = 'idle';
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.forget);
    window.addEventListener('pageshow', this.onPageShow);
    window.addEventListener(QuickExitEvent.type, this.exit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.forget);
    window.removeEventListener('pageshow', this.onPageShow);
    window.removeEventListener(QuickExitEvent.type, this.exit);
    this.drop();
  }

  /** Forgets the case (the victim's details, the discussion, a message being written); a later poll reads it again. */
  private drop(): void {
    this.abort?.abort();
    this.loadedFor = undefined;
    this.opened = undefined;
    this.messages = [];
    this.events = [];
    this.decision = undefined;
    this.notice = undefined;
    this.composer = 'idle';
    this.announcement = '';
    this.loadStatus = 'idle';
    this.renderRoot.querySelector<HTMLFormElement>('form.composer')?.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) this.poller.intervalMs = this.pollInterval * 1000;
    const { transport } = this.api;
    const id = this.referralId;
    if (changed.has('keys') || changed.has('decrypt')) this.opened = undefined;
    if (this.suspended) return;
    if (transport && id && (transport !== this.loadedFor?.transport || id !== this.loadedFor.id)) {
      const switched = this.loadedFor !== undefined;
      this.drop();
      this.loadedFor = { transport, id };
      this.loadStatus = 'loading';
      void organisationNames(transport).then((names) => {
        if (this.loadedFor?.transport === transport) this.organisations = names;
      });
      // A failure is shown (`loadStatus`) and the poller tries again: nothing is left unhandled.
      this.refresh().then(
        () => {
          if (switched) this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#case-title'));
        },
        () => undefined,
      );
    } else if (changed.has('keys') || changed.has('decrypt')) {
      this.poller.now();
    }
  }

  /** Reads the case again; opens the sealed details when the referral changed or was not opened yet. */
  private async refresh(): Promise<void> {
    const loaded = this.loadedFor;
    if (!loaded) {
      if (!this.suspended && this.api.transport && this.referralId) this.requestUpdate();
      return;
    }
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const records = await readCase(loaded.transport, loaded.id, abort.signal);
      const current = this.opened?.referral;
      const opened =
        current && current.updatedAt === records.referral.updatedAt
          ? this.opened
          : await openCase(records.referral, this.keys, this.decrypt);
      if (abort.signal.aborted || this.loadedFor !== loaded) return;
      // Opened again with other keys: `opened` is cleared when the keys change.
      const shown = new Map(this.opened ? this.messages.map((message) => [message.id, message]) : []);
      const messages = await openMessages(records.messages, this.keys, this.decrypt, shown);
      if (abort.signal.aborted || this.loadedFor !== loaded) return;
      const known = new Set(this.messages.map((message) => message.id));
      const arrived = messages.filter(
        (message) => !known.has(message.id) && message.authorOrganisationId !== this.organisationId,
      ).length;
      if (this.loadStatus === 'ready' && arrived > 0) {
        this.announcement = this.workspace.strings.case.messages.arrived(arrived);
      }
      this.opened = opened;
      this.messages = messages;
      this.events = records.events;
      this.loadStatus = 'ready';
    } catch (error) {
      if (abort.signal.aborted || this.loadedFor !== loaded) return;
      if (this.loadStatus !== 'ready') {
        this.loadStatus = isReferralApiError(error) && error.status === 404 ? 'not-found' : 'error';
      }
      throw error;
    }
  }

  private choose(to: Decision['to']): void {
    const from = this.opened?.referral.status;
    if (!from) return;
    this.notice = undefined;
    if (asksFirst(needsOf(from, to))) {
      this.decision = newDecision(to);
      this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#decision-title'));
    } else void this.decide(newDecision(to));
  }

  private async decide(decision: Decision): Promise<void> {
    const referral = this.opened?.referral;
    const loaded = this.loadedFor;
    if (!referral || !loaded) return;
    const request = requestOf(referral.status, decision);
    if (!request) {
      this.decision = { ...decision, checked: true };
      this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]'));
      return;
    }
    const strings = this.workspace.strings.case.actions;
    const labels = this.i18n.taxonomy.referralStatuses;
    this.busy = true;
    try {
      const changed = await loaded.transport(transitionReferral, { params: { id: referral.id }, body: request });
      this.decision = undefined;
      this.notice = { kind: 'done', text: strings.done(labels[changed.status]) };
    } catch (error) {
      if (isReferralApiError(error) && error.status === 409) {
        this.decision = undefined;
        this.opened = undefined;
        await this.refresh().catch(() => undefined);
        const status = (this.opened as OpenedCase | undefined)?.referral.status;
        this.notice = { kind: 'conflict', text: strings.conflict(status ? labels[status] : '') };
      } else {
        this.notice = { kind: 'failed', text: strings.saveFailed };
      }
    } finally {
      this.busy = false;
    }
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#decision-notice'));
    this.poller.now();
  }

  private async send(body: string, form: HTMLFormElement): Promise<void> {
    const loaded = this.loadedFor;
    if (!loaded) return;
    if (!body.trim()) {
      this.composer = 'blank';
      this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#message-body'));
      return;
    }
    this.composer = 'sending';
    try {
      const sealed = await sealedBody(
        loaded.transport,
        'message',
        { body },
        messageParties(this.opened?.referral, this.organisationId),
      );
      await loaded.transport(createMessage, { params: { id: loaded.id }, body: sealed });
      form.reset();
      this.composer = 'idle';
    } catch (error) {
      this.composer = isReferralApiError(error) && error.status === 409 ? 'refused' : 'failed';
    }
    this.poller.now();
  }

  protected override render(): TemplateResult {
    const strings = this.workspace.strings.case;
    const lang = this.i18n.language;
    const dir = this.i18n.dir ?? nothing;
    const status = (text: string, role?: 'alert') =>
      html`<p class="${role ? 'notice error' : 'status'}" role=${role ?? nothing}>${text}</p>`;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.loadStatus === 'loading') body = status(strings.loading);
    if (this.loadStatus === 'not-found') body = status(strings.notFound, 'alert');
    if (this.loadStatus === 'error') {
      body = html`${status(strings.error, 'alert')}
        <button type="button" class="button" part="button" @click=${() => this.poller.now()}>${strings.retry}</button>`;
    }
    if (this.loadStatus === 'ready' && this.opened) body = this.caseView(this.opened);
    return html`<div class="case" lang=${lang} dir=${dir}>
      ${body}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  private caseView({ referral, sealed }: OpenedCase): TemplateResult {
    const strings = this.workspace.strings.case;
    const context = {
      referral,
      sealed,
      locale: this.i18n.locale,
      strings,
      common: this.i18n.strings,
      taxonomy: this.i18n.taxonomy,
    };
    const closed = isClosed(referral.status) || referral.erasedAt !== undefined;
    return html`<article aria-labelledby="case-title">
      <h2 id="case-title" tabindex="-1">${strings.regionLabel(referral.reference)}</h2>
      ${summary({ ...context, flags: this.workspace.strings.inbox, organisations: this.organisations, now: Date.now() })} ${consentSection(context)}
      ${personSection(context)} ${keyImport(this.keyring, strings.keys, sealed, this.decrypt !== undefined)}
      ${caseFileSections(context)}
      <section aria-labelledby="actions-title" part="actions">
        <h3 id="actions-title">${strings.sections.actions}</h3>
        ${this.actions(referral.status, rolesOf(referral, this.organisationId))}
        ${this.onwardSection({ referral, sealed })}
      </section>
      <section aria-labelledby="messages-title">
        <h3 id="messages-title">${strings.sections.messages}</h3>
        ${thread({
          messages: this.messages,
          open: !closed,
          composer: this.composer,
          ownOrganisationId: this.organisationId,
          organisations: this.organisations,
          locale: this.i18n.locale,
          strings: strings.messages,
          send: (text, form) => void this.send(text, form),
        })}
      </section>
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">${strings.sections.timeline}</h3>
        ${timeline({ ...context, events: this.events, organisations: this.organisations })}
      </section>
    </article>`;
  }

  /** Referring onward, offered to the receiver while it holds the case, consent allows it and the data is open. */
  private onwardSection({ referral, sealed }: OpenedCase): TemplateResult | typeof nothing {
    const offered =
      rolesOf(referral, this.organisationId).includes('receiver') &&
      mayReferOnward(referral) &&
      (sealed.state === 'clear' || sealed.state === 'opened');
    if (!offered && this.onward.step !== 'done') return nothing;
    return onwardView({
      onward: this.onward,
      organisationId: this.organisationId,
      apiBase: this.apiBase,
      token: this.token,
      organisations: this.organisations,
      lang: this.i18n.language,
      strings: this.workspace.strings.case.onward,
      send: () =>
        void this.onward.send(this.api.transport, referral, this.organisationId).then(() => this.poller.now()),
    });
  }

  private actions(from: Decision['to'], roles: ReturnType<typeof rolesOf>): TemplateResult {
    return actionsPanel({
      from,
      allowed: actionsFor(from, roles),
      decision: this.decision,
      notice: this.notice,
      strings: this.workspace.strings.case.actions,
      taxonomy: this.i18n.taxonomy,
      busy: this.busy,
      choose: (to) => this.choose(to),
      change: (decision) => {
        this.decision = decision;
      },
      confirm: (decision) => void this.decide(this.decision ?? decision),
    });
  }
}
