import { newIdempotencyKey } from '@victim-referral/client';
import type { Organisation, Referral, Service } from '@victim-referral/schemas';
import { createReferral, getOrganisation, getService } from '@victim-referral/schemas/routes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formStrings } from '../i18n/locales/form/index.js';
import { safetyStrings } from '../i18n/locales/safety/index.js';
import { emergencyStyles, VrSafetyElement } from '../safety/safety-element.js';
import type { ClientSettings } from '../shared/client.js';
import { ReferralSubmittedEvent } from '../shared/events.js';
import { ForgetController } from '../shared/forget-controller.js';
import { dateTime } from '../shared/format.js';
import { sealedBody } from '../shared/sealed-body.js';
import { baseStyles } from '../shared/styles.js';
import { type Confirmation, confirmationOf, confirmationPanel, withoutSecret } from './confirmation.js';
import {
  buildReferral,
  type Draft,
  emptyDraft,
  type FieldKey,
  type FieldProblem,
  type FormMode,
  type StepId,
  stepsFor,
} from './draft.js';
import { stepOf, type Variant, variantOf } from './field-spec.js';
import { anchorOf, fieldSpec, problemMessage } from './field-table.js';
import { type FormView, formView } from './form-view.js';
import { errorSummary, failureNotice, serviceNotice } from './notices.js';
import { problemsOf, validateDraft } from './problems.js';
import { formStyles } from './referral-form.styles.js';
import { sealingParties } from './sealing-parties.js';
import { stepTemplates } from './steps/index.js';
import { classifyFailure, type SubmissionFailure } from './submission-failure.js';

type Phase = 'editing' | 'submitting' | 'done';
type LoadStatus = 'idle' | 'loading' | 'error';

/**
 * @tag vr-referral-form
 * @summary Asks for support (a victim's self-referral) or refers a case (a point of contact), step by
 * step, with explicit itemised consent; what was typed survives network and server failures.
 *
 * @attr lang - The language of the form; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr publishable-key - The member's publishable key (`pk_…`), for self-referrals from a public site.
 * @attr country - The country of the emergency numbers on a self-referral form: an ISO code such as `PT`.
 *
 * @event vr-referral-submitted - The referral was created. `event.detail` is `{ referralId, reference }`: identifiers only.
 *
 * @csspart step - The current step.
 * @csspart error-summary - The "There is a problem" summary at the top.
 * @csspart failure - The message shown when sending failed, with its retry button.
 * @csspart review - The list of answers on the "Check your answers" step.
 * @csspart success - The confirmation panel with the reference.
 * @csspart reference - The referral's reference in the confirmation panel.
 * @csspart follow-up - A victim's follow-up reference and secret, to write down (self-referrals).
 * @csspart follow-up-secret - The follow-up secret, shown once.
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
export class VrReferralForm extends VrSafetyElement {
  /** Lit's styles of the element; theme it with the CSS custom properties and parts above. */
  static override styles = [baseStyles, emergencyStyles, formStyles];

  protected static override stringParts = [formStrings, safetyStrings];

  static override properties = {
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
  /** What the confirmation shows: all that is kept after sending. */
  declare private submitted: Confirmation | undefined;
  declare private serviceStatus: LoadStatus;
  declare private receiver: Organisation | undefined;

  /** The body and key of the submission under way: a retry sends exactly these again. */
  private pending: { key: string; body: ReturnType<typeof buildReferral>; answers: string } | undefined;
  private returnToReview = false;

  constructor() {
    super();
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
    new ForgetController(this, () => this.hideSecret());
  }

  protected override clientSettings(): ClientSettings {
    return { ...super.clientSettings(), token: this.token, tokenProvider: this.tokenProvider };
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
    if (changed.has('service') && this.phase === 'done') this.reset();
    if (changed.has('service') || changed.has('mode')) this.pending = undefined;
    if (!this.service && this.serviceId && (changed.has('serviceId') || changed.has('apiBase')))
      void this.loadService();
    if (changed.has('service') || changed.has('mode') || changed.has('apiBase')) void this.loadReceiver();
  }

  private async loadService(): Promise<void> {
    const transport = this.api.transport;
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
    const transport = this.api.transport;
    this.receiver = undefined;
    if (this.formMode !== 'professional' || !service || !transport) return;
    try {
      const organisation = await transport(getOrganisation, { params: { id: service.organisationId } });
      if (this.service === service) this.receiver = organisation;
    } catch {
      // The consent text then names "the receiving organisation" instead.
    }
  }

  private context() {
    return { mode: this.formMode, service: this.service, now: new Date() };
  }

  private showProblems(problems: FieldProblem[]): void {
    this.problems = problems;
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#error-summary'));
  }

  private goTo(index: number): void {
    this.stepIndex = index;
    this.problems = [];
    this.failure = undefined;
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#step-title'));
  }

  private next(): void {
    const step = this.step;
    const problems = validateDraft(this.draft, this.context()).filter(
      (problem) => stepOf(fieldSpec(problem.field), this.formMode) === step,
    );
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
    const transport = this.api.transport;
    if (!transport || this.phase === 'submitting') return;
    const problems = validateDraft(this.draft, this.context());
    if (problems.length > 0) {
      this.showProblems(problems);
      return;
    }
    const answers = JSON.stringify([this.draft, this.service?.id, this.formMode, this.organisationId]);
    this.phase = 'submitting';
    this.failure = undefined;
    this.problems = [];
    try {
      // Sealed once: a retry sends the same ciphertext under the same idempotency key.
      if (this.pending?.answers !== answers) {
        const parties = sealingParties(this.formMode, this.service, this.organisationId);
        const body = await sealedBody(transport, 'referral', buildReferral(this.draft, this.context()), parties);
        this.pending = { key: newIdempotencyKey(), body, answers };
      }
      const { key, body } = this.pending;
      const referral = await transport(createReferral, { body, idempotencyKey: key });
      this.succeed(referral);
    } catch (error) {
      this.fail(classifyFailure(error));
    }
  }

  private succeed(referral: Referral): void {
    const contacted = this.draft.contactKind !== 'do-not-contact';
    this.reset();
    this.submitted = confirmationOf(referral, contacted);
    this.phase = 'done';
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#success-title'));
    this.dispatchEvent(new ReferralSubmittedEvent({ referralId: referral.id, reference: referral.reference }));
  }

  /** Drops the victim's follow-up secret: written down, or the confirmation or the page is left. */
  private hideSecret(): void {
    if (this.submitted) this.submitted = withoutSecret(this.submitted);
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
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>('#failure'));
  }

  private variant(text: Variant): string {
    return variantOf(text, this.formMode);
  }

  /** What the step templates read and call. */
  private view(): FormView {
    return formView({
      i18n: this.i18n,
      mode: this.formMode,
      draft: this.draft,
      service: this.service,
      receiver: this.receiver,
      steps: this.steps,
      problems: this.problems,
      messageFor: (problem) => problemMessage(problem, this.i18n.strings.form.errors),
      set: (field, value) => {
        this.draft = { ...this.draft, [field]: value };
      },
      change: (step) => this.change(step),
    });
  }

  private stepTitle(step: StepId): string {
    return variantOf(this.i18n.strings.form.steps[step], this.formMode);
  }

  private focusField(event: Event, field: FieldKey): void {
    event.preventDefault();
    const step = this.steps.indexOf(stepOf(fieldSpec(field), this.formMode));
    if (step !== this.stepIndex) {
      this.returnToReview = this.step === 'review';
      this.stepIndex = step;
    }
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>(`#${anchorOf(field)}`));
  }

  private renderForm(): TemplateResult {
    const strings = this.i18n.strings.form;
    const step = this.step;
    const submitting = this.phase === 'submitting';
    return html`${errorSummary({
      title: strings.errorSummaryTitle,
      problems: this.problems,
      messageFor: (problem) => problemMessage(problem, this.i18n.strings.form.errors),
      onFollow: (event, field) => this.focusField(event, field),
    })}
      <form novalidate part="step" @submit=${this.onSubmit} aria-labelledby="step-title">
        ${this.stepIndex === 0 ? html`<p>${this.variant(strings.intro)}</p>` : nothing}
        <h2 id="step-title" tabindex="-1">
          <span class="step-of">${strings.stepOf(this.stepIndex + 1, this.steps.length)}</span>
          ${this.stepTitle(step)}
        </h2>
        ${stepTemplates[step](this.view())}
        ${failureNotice(this.failure, strings.failure, () => this.submit())}
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
    if (this.phase === 'done' && this.submitted) {
      return confirmationPanel(this.submitted, {
        strings: strings.success,
        mode: this.formMode,
        dateTime: (value) => dateTime(this.i18n.locale, value),
        onHideSecret: () => this.hideSecret(),
      });
    }
    if (this.serviceStatus !== 'idle') return serviceNotice(this.serviceStatus, strings, () => this.loadService());
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
      ${this.formMode === 'self' ? this.renderEmergencyNotice() : nothing} ${this.renderBody()}
    </section>`;
  }
}
