import { allowedTransitions, type FollowUpRequest, type FollowUpView } from '@victim-referral/schemas';
import { getFollowUp, withdrawFollowUpConsent } from '@victim-referral/schemas/routes';
import { html, nothing, type TemplateResult } from 'lit';
import { statusStrings } from '../i18n/locales/status/index.js';
import { VrApiElement } from '../shared/api-element.js';
import { ForgetController } from '../shared/forget-controller.js';
import { baseStyles } from '../shared/styles.js';
import { type FollowUpProblem, followUpProblemOf, normaliseReference, normaliseSecret } from './follow-up-problem.js';
import { statusStyles } from './referral-status.styles.js';
import { type BlankField, credentialsForm, followUpResult, problemNotice, withdrawCheck } from './status-view.js';

type Phase = 'asking' | 'checking' | 'shown' | 'confirming' | 'withdrawing';

/** Whether the victim may still withdraw consent from a referral in this status (as its referrer may). */
const mayWithdraw = (view: FollowUpView) => allowedTransitions(view.status, ['referrer']).includes('withdrawn-consent');

/**
 * @tag vr-referral-status
 * @summary Lets a victim follow their own self-referral: they type the reference and the secret code
 * from the form's confirmation, see the status in plain words and whom to contact, and may withdraw
 * their consent. Nothing is stored; what was typed and shown is cleared when the element is removed,
 * when the page is hidden and on quick exit.
 *
 * @attr lang - The language of the element; otherwise the nearest `lang` above it, then the browser's.
 * @attr api-base - Base URL of the referral API.
 * @attr publishable-key - The member's publishable key (`pk_…`): the organisation that received the self-referral.
 *
 * @csspart form - The reference and secret form.
 * @csspart problem - Why checking or withdrawing did not work.
 * @csspart result - The status, the organisation and its contact.
 * @csspart status - The status in plain words.
 * @csspart next-step - What happens next.
 * @csspart withdrawn - The confirmation that consent was withdrawn.
 * @csspart withdraw-check - The "Withdraw your consent?" step.
 * @csspart button - Every button.
 * @csspart check-button - The "Check my request" button.
 * @csspart withdraw-button - The "Withdraw my consent" button.
 * @csspart withdraw-confirm-button - The button that withdraws consent.
 *
 * @cssproperty --vr-color-primary - Buttons and links. Default `#1d70b8`.
 * @cssproperty --vr-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --vr-color-text - Text and control borders. Default `#0b0c0c`.
 * @cssproperty --vr-color-muted - Hints. Default `#505a5f`.
 * @cssproperty --vr-color-surface - Control backgrounds. Default `#ffffff`.
 * @cssproperty --vr-color-surface-alt - Secondary buttons and notices. Default `#f3f2f1`.
 * @cssproperty --vr-color-error - Errors and the withdraw button. Default `#d4351c`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 * @cssproperty --vr-status-max-inline-size - Widest the element grows. Default `40rem`.
 */
export class VrReferralStatus extends VrApiElement {
  static override styles = [baseStyles, statusStyles];

  protected static override stringParts = [statusStrings];

  static override properties = {
    reference: { state: true },
    secret: { state: true },
    secretShown: { state: true },
    blank: { state: true },
    phase: { state: true },
    view: { state: true },
    problem: { state: true },
    withdrawnNow: { state: true },
  };

  declare private reference: string;
  declare private secret: string;
  declare private secretShown: boolean;
  declare private blank: BlankField[];
  declare private phase: Phase;
  declare private view: FollowUpView | undefined;
  declare private problem: FollowUpProblem | undefined;
  declare private withdrawnNow: boolean;
  /** What opened the view shown, for withdrawing: held only while the view is. */
  private credentials: FollowUpRequest | undefined;

  constructor() {
    super();
    this.clear();
    new ForgetController(this, () => this.clear());
  }

  /** Forgets everything typed and shown, and asks again. */
  clear(): void {
    this.reference = '';
    this.secret = '';
    this.secretShown = false;
    this.blank = [];
    this.phase = 'asking';
    this.view = undefined;
    this.problem = undefined;
    this.withdrawnNow = false;
    this.credentials = undefined;
  }

  private focusOn(selector: string): void {
    this.focusAfterRender.after(() => this.renderRoot.querySelector<HTMLElement>(selector));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.check();
  }

  private async check(): Promise<void> {
    if (this.phase === 'checking') return;
    const credentials = { reference: normaliseReference(this.reference), secret: normaliseSecret(this.secret) };
    this.blank = (['reference', 'secret'] as const).filter((field) => credentials[field] === '');
    this.problem = undefined;
    if (this.blank.length > 0) {
      this.focusOn('#error-summary');
      return;
    }
    const transport = this.api.transport;
    if (!transport) {
      this.fail({ kind: 'notAuthorised' }, 'asking');
      return;
    }
    this.phase = 'checking';
    try {
      const view = await transport(getFollowUp, { body: credentials });
      if (this.phase !== 'checking') return;
      this.credentials = credentials;
      this.reference = '';
      this.secret = '';
      this.secretShown = false;
      this.view = view;
      this.phase = 'shown';
      this.focusOn('#result-title');
    } catch (error) {
      if (this.phase === 'checking') this.fail(followUpProblemOf(error), 'asking');
    }
  }

  private async withdraw(): Promise<void> {
    const transport = this.api.transport;
    const credentials = this.credentials;
    if (!transport || !credentials || this.phase === 'withdrawing') return;
    this.phase = 'withdrawing';
    this.problem = undefined;
    try {
      const view = await transport(withdrawFollowUpConsent, { body: credentials });
      if (this.phase !== 'withdrawing') return;
      this.view = view;
      this.withdrawnNow = true;
      this.phase = 'shown';
      this.focusOn('#withdrawn');
    } catch (error) {
      if (this.phase === 'withdrawing') this.fail(followUpProblemOf(error), 'confirming');
    }
  }

  private fail(problem: FollowUpProblem, phase: Phase): void {
    this.problem = problem;
    this.phase = phase;
    this.focusOn('#problem');
  }

  private followBlank(event: Event, field: BlankField): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  private finish(): void {
    this.clear();
    this.focusOn('#reference');
  }

  private renderAsking(): TemplateResult {
    const s = this.i18n.strings.status;
    return html`${problemNotice(this.problem, s, this.i18n.locale, () => void this.check())}
    ${credentialsForm({
      strings: s,
      reference: this.reference,
      secret: this.secret,
      secretShown: this.secretShown,
      blank: this.blank,
      busy: this.phase === 'checking',
      onReference: (value) => {
        this.reference = value;
      },
      onSecret: (value) => {
        this.secret = value;
      },
      onToggleSecret: () => {
        this.secretShown = !this.secretShown;
      },
      onSubmit: (event) => this.onSubmit(event),
      onFollowError: (event, field) => this.followBlank(event, field),
    })}`;
  }

  private renderWithdrawal(view: FollowUpView): TemplateResult | typeof nothing {
    const s = this.i18n.strings.status;
    if (this.phase === 'confirming' || this.phase === 'withdrawing') {
      return withdrawCheck(
        s,
        this.phase === 'withdrawing',
        () => void this.withdraw(),
        () => {
          this.phase = 'shown';
          this.problem = undefined;
          this.focusOn('[part~="withdraw-button"]');
        },
      );
    }
    if (!mayWithdraw(view)) return nothing;
    return html`<div class="actions">
      <button
        type="button"
        class="button warning"
        part="button withdraw-button"
        @click=${() => {
          this.phase = 'confirming';
          this.focusOn('#withdraw-title');
        }}
      >
        ${s.withdraw}
      </button>
    </div>`;
  }

  private renderShown(view: FollowUpView): TemplateResult {
    const s = this.i18n.strings.status;
    const retryWithdraw = this.phase === 'confirming' ? () => void this.withdraw() : undefined;
    return html`${
      this.withdrawnNow
        ? html`<p id="withdrawn" class="notice" part="withdrawn" role="status" tabindex="-1">${s.withdrawn}</p>`
        : nothing
    }
    ${followUpResult(view, s, this.i18n.locale)} ${problemNotice(this.problem, s, this.i18n.locale, retryWithdraw)}
    ${this.renderWithdrawal(view)}
    <div class="actions">
      <button type="button" class="button secondary" part="button" @click=${() => this.finish()}>${s.clear}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.i18n.strings.status;
    const view = this.view;
    return html`<section
      class="root"
      lang=${this.i18n.language}
      dir=${this.i18n.dir ?? nothing}
      aria-labelledby="status-title"
    >
      <h2 id="status-title">${s.title}</h2>
      <p class="visually-hidden" role="status">${this.phase === 'checking' ? s.checking : ''}</p>
      ${view && this.phase !== 'checking' && this.phase !== 'asking' ? this.renderShown(view) : this.renderAsking()}
    </section>`;
  }
}
