import { newIdempotencyKey } from '@victim-referral/client';
import {
  type ContactMethod,
  consentMethods,
  consentPurposes,
  contactMethods,
  createReferral,
  defaultResponseDueAt,
  formsOfAssistance,
  getOrganisation,
  getService,
  type Organisation,
  priorities,
  protectionNeeds,
  type Referral,
  responseTimeframeHours,
  riskLevels,
  type Service,
  type VocabularyName,
  victimTypes,
} from '@victim-referral/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { supportedLocales } from '../i18n/locales/index.js';
import { taxonomy } from '../i18n/taxonomy.js';
import { type ClientSettings, type ReferralTransport, transportFor } from '../shared/client.js';
import { ReferralSubmittedEvent } from '../shared/events.js';
import { dateTime, languageName, list } from '../shared/format.js';
import { LocaleController } from '../shared/locale-controller.js';
import { baseStyles } from '../shared/styles.js';
import {
  buildReferral,
  type Draft,
  emptyDraft,
  type FieldKey,
  type FieldProblem,
  type FormMode,
  maxLengths,
  problemsOf,
  type StepId,
  sharedCategories,
  stepOfField,
  stepsFor,
  validateDraft,
} from './draft.js';
import { checkboxes, confirmation, firstChoiceId, radios, textField } from './fields.js';
import { formStyles } from './referral-form.styles.js';
import { classifyFailure, type SubmissionFailure } from './submission-failure.js';

type Phase = 'editing' | 'submitting' | 'done';
type LoadStatus = 'idle' | 'loading' | 'error';

const groupFields: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'assistance',
  'victimTypes',
  'languages',
  'contactKind',
  'channels',
  'riskLevel',
  'protectionNeeds',
  'purposes',
  'method',
  'priority',
]);

/** The id of the control an error about `field` links to. */
function anchorOf(field: FieldKey): string {
  return groupFields.has(field) ? firstChoiceId(`f-${field}`) : `f-${field}`;
}

/**
 * @tag vr-referral-form
 * @summary Asks for support (a victim's self-referral) or refers a case (a point of contact), step by
 * step, with explicit itemised consent; what was typed survives network and server failures.
 *
 * @attr lang - The language of the form; otherwise the nearest `lang` above it, then the browser's.
 *
 * @event vr-referral-submitted - The referral was created. `event.detail` is `{ referralId, reference }`: identifiers only.
 *
 * @csspart step - The current step.
 * @csspart error-summary - The "There is a problem" summary at the top.
 * @csspart failure - The message shown when sending failed, with its retry button.
 * @csspart review - The list of answers on the "Check your answers" step.
 * @csspart success - The confirmation panel with the reference.
 * @csspart reference - The referral's reference in the confirmation panel.
 * @csspart button - Every button.
 * @csspart submit-button - The send button.
 * @csspart retry-button - The "Try sending again" button.
 *
 * @cssproperty --vr-color-primary - Buttons and links. Default `#1d70b8`.
 * @cssproperty --vr-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --vr-color-text - Text and control borders. Default `#0b0c0c`.
 * @cssproperty --vr-color-muted - Hints. Default `#505a5f`.
 * @cssproperty --vr-color-surface - Control backgrounds. Default `#ffffff`.
 * @cssproperty --vr-color-surface-alt - Secondary buttons and notices. Default `#f3f2f1`.
 * @cssproperty --vr-color-border - Secondary borders. Default `#6f777b`.
 * @cssproperty --vr-color-error - Errors. Default `#d4351c`.
 * @cssproperty --vr-color-success - The confirmation panel. Default `#00703c`.
 * @cssproperty --vr-color-on-success - Text on the confirmation panel. Default `#ffffff`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 * @cssproperty --vr-color-focus-text - Outer focus ring. Default `#0b0c0c`.
 * @cssproperty --vr-radius - Corner radius of buttons. Default `4px`.
 * @cssproperty --vr-space - Base spacing. Default `1rem`.
 * @cssproperty --vr-form-max-inline-size - Widest the form grows. Default `48rem`.
 */
export class VrReferralForm extends LitElement {
  static override styles = [baseStyles, formStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    token: { attribute: false },
    tokenProvider: { attribute: false },
    serviceId: { attribute: 'service-id' },
    service: { attribute: false },
    mode: {},
    stepIndex: { state: true },
    draft: { state: true },
    problems: { state: true },
    phase: { state: true },
    failure: { state: true },
    submitted: { state: true },
    serviceStatus: { state: true },
    receiver: { state: true },
  };

  /** Base URL of the referral API, e.g. `https://api.example.org`. */
  declare apiBase: string | undefined;
  /** The member's publishable key (`pk_…`), for self-referrals from a public site. */
  declare publishableKey: string | undefined;
  /** A point of contact's token (`ct_…`), for professional referrals. Property only: never an attribute. */
  declare token: string | undefined;
  /** Returns a fresh point-of-contact token for each request; takes precedence over `token`. */
  declare tokenProvider: (() => Promise<string>) | undefined;
  /** The id of the service asked for; loaded when `service` is not set. */
  declare serviceId: string | undefined;
  /** The service asked for, e.g. from `vr-service-select`. A professional referral goes to its organisation. */
  declare service: Service | undefined;
  /** `self`: a victim asks for support. `professional`: a point of contact refers a case. */
  declare mode: FormMode;

  declare private stepIndex: number;
  declare private draft: Draft;
  declare private problems: FieldProblem[];
  declare private phase: Phase;
  declare private failure: SubmissionFailure | undefined;
  /** The referral created, and whether the victim agreed to be contacted: all that is kept after sending. */
  declare private submitted: { referral: Referral; contacted: boolean } | undefined;
  declare private serviceStatus: LoadStatus;
  declare private receiver: Organisation | undefined;

  private readonly i18n = new LocaleController(this, taxonomy);
  private transport: ReferralTransport | undefined;
  private transportKey: unknown[] = [];
  /** The body and key of the submission under way: a retry sends exactly these again. */
  private pending: { key: string; body: ReturnType<typeof buildReferral>; answers: string } | undefined;
  private returnToReview = false;
  private pendingFocus: (() => HTMLElement | null | undefined) | undefined;

  constructor() {
    super();
    this.apiBase = undefined;
    this.publishableKey = undefined;
    this.token = undefined;
    this.tokenProvider = undefined;
    this.serviceId = undefined;
    this.service = undefined;
    this.mode = 'self';
    this.stepIndex = 0;
    this.draft = emptyDraft([]);
    this.problems = [];
    this.phase = 'editing';
    this.failure = undefined;
    this.submitted = undefined;
    this.serviceStatus = 'idle';
    this.receiver = undefined;
  }

  private get formMode(): FormMode {
    return this.mode === 'professional' ? 'professional' : 'self';
  }

  private get steps(): StepId[] {
    return stepsFor(this.formMode);
  }

  private get step(): StepId {
    return this.steps[Math.min(this.stepIndex, this.steps.length - 1)] ?? 'needs';
  }

  /** Clears every answer and starts again from the first step. */
  reset(): void {
    this.draft = emptyDraft([]);
    this.problems = [];
    this.failure = undefined;
    this.submitted = undefined;
    this.pending = undefined;
    this.phase = 'editing';
    this.stepIndex = 0;
    this.returnToReview = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = [this.apiBase, this.publishableKey, this.token, this.tokenProvider];
    if (key.some((value, index) => value !== this.transportKey[index])) {
      this.transportKey = key;
      const settings: ClientSettings = {
        apiBase: this.apiBase,
        publishableKey: this.publishableKey,
        token: this.token,
        tokenProvider: this.tokenProvider,
      };
      this.transport = transportFor(settings);
    }
    if (changed.has('service') && this.phase === 'done') this.reset();
    if (changed.has('service') || changed.has('mode')) this.pending = undefined;
    if (!this.service && this.serviceId && (changed.has('serviceId') || changed.has('apiBase')))
      void this.loadService();
    if (changed.has('service') || changed.has('mode') || changed.has('apiBase')) void this.loadReceiver();
  }

  protected override updated(): void {
    const target = this.pendingFocus?.();
    this.pendingFocus = undefined;
    target?.focus();
  }

  private async loadService(): Promise<void> {
    const transport = this.transport;
    const id = this.serviceId;
    if (!transport || !id) return;
    this.serviceStatus = 'loading';
    try {
      const service = await transport(getService, { params: { id } });
      if (this.serviceId !== id) return;
      this.service = service;
      this.serviceStatus = 'idle';
    } catch {
      if (this.serviceId === id) this.serviceStatus = 'error';
    }
  }

  private async loadReceiver(): Promise<void> {
    const service = this.service;
    this.receiver = undefined;
    if (this.formMode !== 'professional' || !service || !this.transport) return;
    try {
      const organisation = await this.transport(getOrganisation, { params: { id: service.organisationId } });
      if (this.service === service) this.receiver = organisation;
    } catch {
      // The consent text then names "the receiving organisation" instead.
    }
  }

  private setAnswer<K extends keyof Draft>(field: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [field]: value };
  }

  private context() {
    return { mode: this.formMode, service: this.service, now: new Date() };
  }

  private problemsOfStep(step: StepId): FieldProblem[] {
    return validateDraft(this.draft, this.context()).filter((problem) => stepOfField[problem.field] === step);
  }

  private showProblems(problems: FieldProblem[]): void {
    this.problems = problems;
    this.pendingFocus = () => this.renderRoot.querySelector<HTMLElement>('#error-summary');
  }

  private goTo(index: number): void {
    this.stepIndex = index;
    this.problems = [];
    this.failure = undefined;
    this.pendingFocus = () => this.renderRoot.querySelector<HTMLElement>('#step-title');
  }

  private next(): void {
    const problems = this.problemsOfStep(this.step);
    if (problems.length > 0) {
      this.showProblems(problems);
      return;
    }
    const review = this.steps.indexOf('review');
    this.goTo(this.returnToReview ? review : this.stepIndex + 1);
    if (this.stepIndex === review) this.returnToReview = false;
  }

  private back(): void {
    this.returnToReview = false;
    this.goTo(Math.max(this.stepIndex - 1, 0));
  }

  private change(step: StepId): void {
    this.returnToReview = true;
    this.goTo(this.steps.indexOf(step));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.step === 'review') void this.submit();
    else this.next();
  }

  private async submit(): Promise<void> {
    const transport = this.transport;
    if (!transport || this.phase === 'submitting') return;
    const problems = validateDraft(this.draft, this.context());
    if (problems.length > 0) {
      this.showProblems(problems);
      return;
    }
    const answers = JSON.stringify([this.draft, this.service?.id, this.formMode]);
    if (this.pending?.answers !== answers) {
      this.pending = { key: newIdempotencyKey(), body: buildReferral(this.draft, this.context()), answers };
    }
    const { key, body } = this.pending;
    this.phase = 'submitting';
    this.failure = undefined;
    this.problems = [];
    try {
      const referral = await transport(createReferral, { body, idempotencyKey: key });
      this.succeed(referral);
    } catch (error) {
      this.fail(classifyFailure(error));
    }
  }

  private succeed(referral: Referral): void {
    const contacted = this.draft.contactKind !== 'do-not-contact';
    this.reset();
    this.submitted = { referral, contacted };
    this.phase = 'done';
    this.pendingFocus = () => this.renderRoot.querySelector<HTMLElement>('#success-title');
    this.dispatchEvent(new ReferralSubmittedEvent({ referralId: referral.id, reference: referral.reference }));
  }

  private fail(failure: SubmissionFailure): void {
    this.phase = 'editing';
    const problems = problemsOf(failure.fieldErrors);
    if (failure.kind === 'rejected' && problems.length > 0) {
      this.pending = undefined;
      this.showProblems(problems);
      return;
    }
    this.failure = failure;
    this.pendingFocus = () => this.renderRoot.querySelector<HTMLElement>('#failure');
  }

  private messageFor(problem: FieldProblem): string {
    const errors = this.i18n.strings.form.errors;
    const max = maxLengths[problem.field];
    if (problem.code === 'too-big' && max) return errors.tooLong(max);
    const specific: Partial<Record<FieldKey, string>> = {
      assistance: errors.assistance,
      victimTypes: errors.victimTypes,
      caseSummary: errors.caseSummary,
      name: errors.name,
      languages: errors.languages,
      contactKind: errors.contact,
      channels: errors.channels,
      phone: errors.phone,
      email: errors.email,
      riskLevel: errors.riskLevel,
      purposes: errors.purposes,
      method: errors.method,
      withdrawalExplained: errors.withdrawal,
      explicit: errors.explicit,
      priority: errors.priority,
      responseDue: errors.responseDue,
    };
    return specific[problem.field] ?? (max ? errors.blank : errors.invalid);
  }

  private errorOf(field: FieldKey): string | undefined {
    const problem = this.problems.find((candidate) => candidate.field === field);
    return problem && this.messageFor(problem);
  }

  private variant(text: { self: string; professional: string }): string {
    return text[this.formMode];
  }

  private labels<V extends VocabularyName>(vocabulary: V, codes: readonly string[]) {
    const names = this.i18n.taxonomy[vocabulary] as Record<string, string>;
    return codes.map((code) => ({ value: code, label: names[code] ?? code }));
  }

  private labelList<V extends VocabularyName>(vocabulary: V, codes: readonly string[]): string {
    return codes.length === 0
      ? this.i18n.strings.form.review.notProvided
      : list(
          this.i18n.locale,
          this.labels(vocabulary, codes).map((choice) => choice.label),
        );
  }

  private optional(label: string): string {
    return `${label} ${this.i18n.strings.form.optional}`;
  }

  private languageChoices() {
    const locale = this.i18n.locale;
    const tags = new Set([
      ...(this.service?.languages ?? []),
      this.i18n.language,
      ...supportedLocales,
      ...this.draft.languages,
    ]);
    return [...tags].map((tag) => ({ value: tag, label: languageName(locale, tag) }));
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    const focusField = (event: Event, field: FieldKey) => {
      event.preventDefault();
      const step = this.steps.indexOf(stepOfField[field]);
      if (step !== this.stepIndex) {
        this.returnToReview = this.step === 'review';
        this.stepIndex = step;
      }
      this.pendingFocus = () => this.renderRoot.querySelector<HTMLElement>(`#${anchorOf(field)}`);
      this.requestUpdate();
    };
    return html`<div
      id="error-summary"
      class="error-summary"
      part="error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">${this.i18n.strings.form.errorSummaryTitle}</h2>
      <ul>
        ${this.problems.map(
          (problem) =>
            html`<li>
              <a href=${`#${anchorOf(problem.field)}`} @click=${(event: Event) => focusField(event, problem.field)}
                >${this.messageFor(problem)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderNeeds(): TemplateResult {
    const s = this.i18n.strings.form.needs;
    const d = this.draft;
    return html`${checkboxes({
      id: 'f-assistance',
      label: this.variant(s.assistance),
      hint: this.i18n.strings.form.selectAll,
      error: this.errorOf('assistance'),
      choices: this.labels(
        'formsOfAssistance',
        formsOfAssistance.map((term) => term.code),
      ),
      selected: d.assistance,
      onChange: (value) => this.setAnswer('assistance', value),
    })}
    ${checkboxes({
      id: 'f-victimTypes',
      label: this.variant(s.victimTypes),
      hint: this.i18n.strings.form.selectAll,
      error: this.errorOf('victimTypes'),
      choices: this.labels(
        'victimTypes',
        victimTypes.map((term) => term.code),
      ),
      selected: d.victimTypes,
      onChange: (value) => this.setAnswer('victimTypes', value),
    })}
    ${textField({
      id: 'f-caseSummary',
      label: this.variant(s.caseSummary),
      hint: this.variant(s.caseSummaryHint),
      error: this.errorOf('caseSummary'),
      value: d.caseSummary,
      multiline: true,
      maxLength: maxLengths.caseSummary,
      onInput: (value) => this.setAnswer('caseSummary', value),
    })}
    ${textField({
      id: 'f-needsNotes',
      label: this.optional(this.variant(s.notes)),
      error: this.errorOf('needsNotes'),
      value: d.needsNotes,
      multiline: true,
      maxLength: maxLengths.needsNotes,
      onInput: (value) => this.setAnswer('needsNotes', value),
    })}`;
  }

  private renderContactChannels(): TemplateResult {
    const s = this.i18n.strings.form.person;
    const d = this.draft;
    const usesPhone = d.channels.some((method) => method !== 'email');
    return html`${checkboxes<ContactMethod>({
      id: 'f-channels',
      label: s.channels,
      hint: s.channelsHint,
      error: this.errorOf('channels'),
      choices: this.labels(
        'contactMethods',
        contactMethods.map((term) => term.code),
      ),
      selected: d.channels,
      onChange: (value) => this.setAnswer('channels', value),
    })}
    ${
      usesPhone
        ? textField({
            id: 'f-phone',
            label: s.phone,
            hint: s.phoneHint,
            error: this.errorOf('phone'),
            type: 'tel',
            autocomplete: 'off',
            value: d.phone,
            onInput: (value) => this.setAnswer('phone', value),
          })
        : nothing
    }
    ${
      d.channels.includes('messaging-app')
        ? textField({
            id: 'f-app',
            label: this.optional(s.app),
            error: this.errorOf('app'),
            value: d.app,
            maxLength: maxLengths.app,
            onInput: (value) => this.setAnswer('app', value),
          })
        : nothing
    }
    ${
      d.channels.includes('email')
        ? textField({
            id: 'f-email',
            label: s.email,
            error: this.errorOf('email'),
            type: 'email',
            autocomplete: 'off',
            spellcheck: false,
            value: d.email,
            onInput: (value) => this.setAnswer('email', value),
          })
        : nothing
    }
    ${textField({
      id: 'f-safeTimes',
      label: this.optional(this.variant(s.safeTimes)),
      hint: s.safeTimesHint,
      error: this.errorOf('safeTimes'),
      value: d.safeTimes,
      maxLength: maxLengths.safeTimes,
      onInput: (value) => this.setAnswer('safeTimes', value),
    })}
    ${confirmation({
      id: 'f-mayLeaveMessage',
      label: this.variant(s.mayLeaveMessage),
      checked: d.mayLeaveMessage,
      onChange: (checked) => this.setAnswer('mayLeaveMessage', checked),
    })}`;
  }

  private renderPerson(): TemplateResult {
    const s = this.i18n.strings.form.person;
    const d = this.draft;
    return html`${textField({
      id: 'f-name',
      label: this.variant(s.name),
      hint: this.variant(s.nameHint),
      error: this.errorOf('name'),
      value: d.name,
      maxLength: maxLengths.name,
      onInput: (value) => this.setAnswer('name', value),
    })}
    ${checkboxes({
      id: 'f-languages',
      label: this.variant(s.languages),
      hint: s.languagesHint,
      error: this.errorOf('languages'),
      choices: this.languageChoices(),
      selected: d.languages,
      onChange: (value) => this.setAnswer('languages', value),
    })}
    <div class="field">
      <label class="label" for="f-ageGroup">${this.optional(this.variant(s.ageGroup))}</label>
      <select
        id="f-ageGroup"
        @change=${(event: Event) => this.setAnswer('ageGroup', (event.target as HTMLSelectElement).value as Draft['ageGroup'])}
      >
        ${(['', 'child', 'adult', 'older-adult'] as const).map(
          (group) =>
            html`<option value=${group} ?selected=${d.ageGroup === group}>
              ${s.ageGroups[group || 'unspecified']}
            </option>`,
        )}
      </select>
    </div>
    ${radios({
      id: 'f-contactKind',
      label: this.variant(s.contact),
      error: this.errorOf('contactKind'),
      choices: [
        { value: 'safe-contact', label: this.variant(s.contactSafe) },
        { value: 'do-not-contact', label: this.variant(s.contactNone), hint: this.variant(s.contactNoneHint) },
      ],
      selected: d.contactKind,
      onChange: (value) => this.setAnswer('contactKind', value as Draft['contactKind']),
      reveal: {
        'safe-contact': this.renderContactChannels(),
        'do-not-contact': textField({
          id: 'f-doNotContactNotes',
          label: this.optional(this.variant(s.doNotContactNotes)),
          error: this.errorOf('doNotContactNotes'),
          value: d.doNotContactNotes,
          multiline: true,
          maxLength: maxLengths.doNotContactNotes,
          onInput: (value) => this.setAnswer('doNotContactNotes', value),
        }),
      },
    })}`;
  }

  private renderAssessment(): TemplateResult {
    const s = this.i18n.strings.form.assessment;
    const d = this.draft;
    return html`${radios({
      id: 'f-riskLevel',
      label: s.riskLevel,
      hint: s.riskLevelHint,
      error: this.errorOf('riskLevel'),
      choices: this.labels(
        'riskLevels',
        riskLevels.map((term) => term.code),
      ),
      selected: d.riskLevel,
      onChange: (value) => this.setAnswer('riskLevel', value as Draft['riskLevel']),
    })}
    ${checkboxes({
      id: 'f-protectionNeeds',
      label: this.optional(s.protectionNeeds),
      hint: this.i18n.strings.form.selectAll,
      error: this.errorOf('protectionNeeds'),
      choices: this.labels(
        'protectionNeeds',
        protectionNeeds.map((term) => term.code),
      ),
      selected: d.protectionNeeds,
      onChange: (value) => this.setAnswer('protectionNeeds', value),
    })}
    ${textField({
      id: 'f-assessmentNotes',
      label: this.optional(s.notes),
      error: this.errorOf('assessmentNotes'),
      value: d.assessmentNotes,
      multiline: true,
      maxLength: maxLengths.assessmentNotes,
      onInput: (value) => this.setAnswer('assessmentNotes', value),
    })}`;
  }

  private renderConsent(): TemplateResult {
    const s = this.i18n.strings.form.consent;
    const d = this.draft;
    const shared = sharedCategories(d, this.formMode);
    const receiverName = this.receiver?.name;
    return html`<p>${this.variant(s.intro)}</p>
      <h3>${s.dataShared}</h3>
      <p class="hint">${this.variant(s.dataSharedHint)}</p>
      <ul class="consent-list">
        ${this.labels('sharedDataCategories', shared).map((item) => html`<li>${item.label}</li>`)}
      </ul>
      <h3>${s.sharedWith}</h3>
      <p>
        ${
          this.formMode === 'self'
            ? s.sharedWithHost
            : s.sharedWithOrganisation(receiverName ?? this.i18n.strings.form.receiver)
        }
      </p>
      ${checkboxes({
        id: 'f-purposes',
        label: s.purposes,
        hint: s.purposesHint,
        error: this.errorOf('purposes'),
        choices: this.labels(
          'consentPurposes',
          consentPurposes.map((term) => term.code),
        ),
        selected: d.purposes,
        onChange: (value) => this.setAnswer('purposes', value),
      })}
      <h3>${s.withdrawal}</h3>
      <p>${this.variant(s.withdrawalText)}</p>
      ${confirmation({
        id: 'f-withdrawalExplained',
        label: this.variant(s.withdrawalConfirm),
        error: this.errorOf('withdrawalExplained'),
        checked: d.withdrawalExplained,
        onChange: (checked) => this.setAnswer('withdrawalExplained', checked),
      })}
      ${
        this.formMode === 'professional'
          ? radios({
              id: 'f-method',
              label: s.method,
              error: this.errorOf('method'),
              choices: this.labels(
                'consentMethods',
                consentMethods.map((term) => term.code),
              ),
              selected: d.method,
              onChange: (value) => this.setAnswer('method', value as Draft['method']),
            })
          : nothing
      }
      ${confirmation({
        id: 'f-explicit',
        label: this.variant(s.explicit),
        error: this.errorOf('explicit'),
        checked: d.explicit,
        onChange: (checked) => this.setAnswer('explicit', checked),
      })}`;
  }

  private defaultDue(): string {
    const priority = this.draft.priority || 'routine';
    return dateTime(this.i18n.locale, defaultResponseDueAt(priority, new Date()));
  }

  private renderPriority(): TemplateResult {
    const s = this.i18n.strings.form.priority;
    const d = this.draft;
    return html`${radios({
      id: 'f-priority',
      label: s.priority,
      error: this.errorOf('priority'),
      choices: this.labels(
        'priorities',
        priorities.map((term) => term.code),
      ).map((choice) => ({
        ...choice,
        hint: s.answerWithin(responseTimeframeHours[choice.value as keyof typeof responseTimeframeHours]),
      })),
      selected: d.priority,
      onChange: (value) => this.setAnswer('priority', value as Draft['priority']),
    })}
    ${textField({
      id: 'f-responseDue',
      label: this.optional(s.responseDue),
      hint: s.responseDueHint(this.defaultDue()),
      error: this.errorOf('responseDue'),
      type: 'datetime-local',
      value: d.responseDue,
      onInput: (value) => this.setAnswer('responseDue', value),
    })}`;
  }

  private reviewRows(step: StepId): [string, string][] {
    const strings = this.i18n.strings.form;
    const d = this.draft;
    const r = strings.review;
    const yesNo = (value: boolean) => (value ? r.yes : r.no);
    const orNot = (value: string) => value.trim() || r.notProvided;
    switch (step) {
      case 'needs':
        return [
          [this.variant(strings.needs.assistance), this.labelList('formsOfAssistance', d.assistance)],
          [this.variant(strings.needs.victimTypes), this.labelList('victimTypes', d.victimTypes)],
          [this.variant(strings.needs.caseSummary), orNot(d.caseSummary)],
          [this.variant(strings.needs.notes), orNot(d.needsNotes)],
        ];
      case 'person': {
        const p = strings.person;
        const rows: [string, string][] = [
          [this.variant(p.name), orNot(d.name)],
          [
            this.variant(p.languages),
            list(
              this.i18n.locale,
              d.languages.map((tag) => languageName(this.i18n.locale, tag)),
            ),
          ],
          [this.variant(p.ageGroup), p.ageGroups[d.ageGroup || 'unspecified']],
          [
            this.variant(p.contact),
            d.contactKind === 'do-not-contact' ? this.variant(p.contactNone) : this.variant(p.contactSafe),
          ],
        ];
        if (d.contactKind === 'safe-contact') {
          rows.push([p.channels, this.labelList('contactMethods', d.channels)]);
          if (d.channels.some((method) => method !== 'email')) rows.push([p.phone, d.phone]);
          if (d.channels.includes('messaging-app')) rows.push([p.app, orNot(d.app)]);
          if (d.channels.includes('email')) rows.push([p.email, d.email]);
          rows.push([this.variant(p.safeTimes), orNot(d.safeTimes)]);
          rows.push([this.variant(p.mayLeaveMessage), yesNo(d.mayLeaveMessage)]);
        } else {
          rows.push([this.variant(p.doNotContactNotes), orNot(d.doNotContactNotes)]);
        }
        return rows;
      }
      case 'assessment': {
        const a = strings.assessment;
        return [
          [a.riskLevel, this.labelList('riskLevels', d.riskLevel ? [d.riskLevel] : [])],
          [a.protectionNeeds, this.labelList('protectionNeeds', d.protectionNeeds)],
          [a.notes, orNot(d.assessmentNotes)],
        ];
      }
      case 'consent': {
        const c = strings.consent;
        const rows: [string, string][] = [
          [c.dataShared, this.labelList('sharedDataCategories', sharedCategories(d, this.formMode))],
          [c.purposes, this.labelList('consentPurposes', d.purposes)],
          [this.variant(c.withdrawalConfirm), yesNo(d.withdrawalExplained)],
        ];
        if (this.formMode === 'professional')
          rows.push([c.method, this.labelList('consentMethods', d.method ? [d.method] : [])]);
        rows.push([this.variant(c.explicit), yesNo(d.explicit)]);
        return rows;
      }
      case 'priority':
        return [
          [strings.priority.priority, this.labelList('priorities', d.priority ? [d.priority] : [])],
          [
            strings.priority.responseDue,
            d.responseDue ? dateTime(this.i18n.locale, new Date(d.responseDue)) : r.defaultResponseDue,
          ],
        ];
      default:
        return [];
    }
  }

  private stepTitle(step: StepId): string {
    const title = this.i18n.strings.form.steps[step];
    return typeof title === 'string' ? title : this.variant(title);
  }

  private renderReview(): TemplateResult {
    const strings = this.i18n.strings.form;
    const target = [
      this.service ? ([strings.service, this.service.name] as const) : undefined,
      this.formMode === 'professional' && this.receiver ? ([strings.receiver, this.receiver.name] as const) : undefined,
    ].filter((row) => row !== undefined);
    return html`<div part="review">
      ${
        target.length > 0
          ? html`<dl class="summary">
              ${target.map(([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`)}
            </dl>`
          : nothing
      }
      ${this.steps
        .filter((step) => step !== 'review')
        .map(
          (step) => html`<div class="review-section">
              <h3>${this.stepTitle(step)}</h3>
              <button
                type="button"
                class="link"
                aria-label=${strings.review.changeLabel(this.stepTitle(step))}
                @click=${() => this.change(step)}
              >
                ${strings.review.change}
              </button>
            </div>
            <dl class="summary">
              ${this.reviewRows(step).map(
                ([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`,
              )}
            </dl>`,
        )}
    </div>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const s = this.i18n.strings.form.failure;
    const retry = failure.kind !== 'notAuthorised';
    return html`<div id="failure" class="notice error" part="failure" role="alert" tabindex="-1">
      <p>${s[failure.kind]}</p>
      ${
        retry
          ? html`<button type="button" class="button" part="button retry-button" @click=${() => this.submit()}>
              ${s.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'needs':
        return this.renderNeeds();
      case 'person':
        return this.renderPerson();
      case 'assessment':
        return this.renderAssessment();
      case 'consent':
        return this.renderConsent();
      case 'priority':
        return this.renderPriority();
      default:
        return this.renderReview();
    }
  }

  private renderSuccess({ referral, contacted }: { referral: Referral; contacted: boolean }): TemplateResult {
    const s = this.i18n.strings.form.success;
    const next =
      this.formMode === 'professional'
        ? s.nextProfessional(dateTime(this.i18n.locale, referral.responseDueAt))
        : contacted
          ? s.nextContact
          : s.nextNoContact;
    return html`<div part="success">
      <div class="panel">
        <h2 id="success-title" tabindex="-1">${this.variant(s.title)}</h2>
        <p>${s.reference}<span class="reference" part="reference">${referral.reference}</span></p>
      </div>
      <p>${next}</p>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const strings = this.i18n.strings.form;
    const step = this.step;
    const submitting = this.phase === 'submitting';
    return html`${this.renderErrorSummary()}
      <form novalidate part="step" @submit=${this.onSubmit} aria-labelledby="step-title">
        ${this.stepIndex === 0 ? html`<p>${this.variant(strings.intro)}</p>` : nothing}
        <h2 id="step-title" tabindex="-1">
          <span class="step-of">${strings.stepOf(this.stepIndex + 1, this.steps.length)}</span>
          ${this.stepTitle(step)}
        </h2>
        ${this.renderStep()} ${this.renderFailure()}
        <div class="actions">
          ${
            step === 'review'
              ? html`<button type="submit" class="button" part="button submit-button" ?disabled=${submitting}>
                  ${submitting ? strings.submitting : this.variant(strings.submit)}
                </button>`
              : html`<button type="submit" class="button" part="button">${strings.continue}</button>`
          }
          ${
            this.stepIndex > 0
              ? html`<button type="button" class="button secondary" part="button" @click=${this.back}>
                  ${strings.back}
                </button>`
              : nothing
          }
        </div>
        <p class="visually-hidden" role="status">${submitting ? strings.submitting : ''}</p>
      </form>`;
  }

  private renderBody(): TemplateResult {
    const strings = this.i18n.strings.form;
    if (this.phase === 'done' && this.submitted) return this.renderSuccess(this.submitted);
    if (this.serviceStatus === 'loading') return html`<p class="notice" role="status">${strings.loadingService}</p>`;
    if (this.serviceStatus === 'error') {
      return html`<div class="notice error" role="alert">
        <p>${strings.serviceLoadError}</p>
        <button type="button" class="button" part="button" @click=${() => this.loadService()}>${strings.retry}</button>
      </div>`;
    }
    if (this.formMode === 'professional' && !this.service) return html`<p class="notice">${strings.noService}</p>`;
    return this.renderForm();
  }

  protected override render(): TemplateResult {
    return html`<section
      class="root"
      lang=${this.i18n.language}
      dir=${this.i18n.dir ?? nothing}
      aria-label=${this.variant(this.i18n.strings.form.title)}
    >
      ${this.renderBody()}
    </section>`;
  }
}
