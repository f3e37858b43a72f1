import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { safeWebUrl } from '../shared/format.js';
import { LocaleController } from '../shared/locale-controller.js';
import { baseStyles } from '../shared/styles.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ShiftCounter } from './shift-counter.js';

const defaultHref = 'https://www.bbc.co.uk/weather';
const shiftWindowMs = 5000;

/**
 * @tag vr-quick-exit
 * @summary A quick way off the page for someone who may be watched: a button, or Shift pressed
 * three times, blanks the page at once and replaces it with a neutral site (Back does not return).
 *
 * @attr lang - The language of the button; otherwise the nearest `lang` above it, then the browser's.
 * @attr href - The neutral site to go to (http or https). Default `https://www.bbc.co.uk/weather`.
 *
 * @csspart button - The "Exit this page" button.
 * @csspart hint - The "press Shift 3 times" hint below the button.
 * @csspart overlay - The blank cover shown while leaving.
 *
 * @cssproperty --vr-quick-exit-background - Button background. Default `#d4351c`.
 * @cssproperty --vr-quick-exit-color - Button text. Default `#ffffff`.
 * @cssproperty --vr-quick-exit-overlay-background - The cover shown while leaving. Default `#ffffff`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 * @cssproperty --vr-color-focus-text - Outer focus ring. Default `#0b0c0c`.
 * @cssproperty --vr-radius - Corner radius of the button. Default `4px`.
 */
export class VrQuickExit extends LitElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties = {
    href: {},
    hideHint: { attribute: 'hide-hint', type: Boolean },
    exiting: { state: true },
    announcement: { state: true },
  };

  /** The neutral site to go to (http or https). */
  declare href: string;
  /** Hides the visible "press Shift 3 times" hint (the shortcut still works and is announced). */
  declare hideHint: boolean;
  /**
   * How the element leaves the page; `location.replace` by default, so Back does not return.
   * A seam for tests and for single-page apps that must clear their own state first.
   */
  navigate: (href: string) => void = (href) => window.location.replace(href);

  declare private exiting: boolean;
  declare private announcement: string;

  private readonly i18n = new LocaleController(this);
  private readonly shiftCounter = new ShiftCounter({
    windowMs: shiftWindowMs,
    onProgress: (left) => {
      this.announcement = this.i18n.strings.quickExit.pressesLeft(left);
    },
    onExpired: () => {
      this.announcement = this.i18n.strings.quickExit.expired;
    },
    onComplete: () => this.exit(),
  });

  constructor() {
    super();
    this.href = defaultHref;
    this.hideHint = false;
    this.exiting = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('keydown', this.shiftCounter.handleKeyDown, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.shiftCounter.handleKeyDown, { capture: true });
    this.shiftCounter.reset();
  }

  /** Blanks the page, then leaves it for `href`. */
  exit(): void {
    this.exiting = true;
    this.announcement = this.i18n.strings.quickExit.exiting;
    // The cover is painted before the navigation starts: the old page never shows again.
    this.updateComplete.then(() => this.navigate(safeWebUrl(this.href) ?? defaultHref));
  }

  protected override render(): TemplateResult {
    const s = this.i18n.strings.quickExit;
    return html`<div class="root" lang=${this.i18n.language} dir=${this.i18n.dir ?? nothing}>
      <button type="button" class="button" part="button" aria-describedby="hint" @click=${this.exit}>
        <span class="visually-hidden">${s.emphasis}</span>
        ${s.button}
      </button>
      <p id="hint" class="hint ${this.hideHint ? 'visually-hidden' : ''}" part="hint">${s.keyboardHint}</p>
      <p class="visually-hidden" role="status">${this.exiting ? '' : this.announcement}</p>
      ${this.exiting ? html`<div class="overlay" part="overlay" role="alert">${s.exiting}</div>` : nothing}
    </div>`;
  }
}
