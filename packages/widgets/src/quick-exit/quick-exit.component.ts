import { enQuickExit } from '../i18n/locales/en-quick-exit.js';
import { quickExitStrings } from '../i18n/locales/quick-exit/index.js';
import { QuickExitEvent } from '../shared/events.js';
import { safeWebUrl } from '../shared/format.js';
import { directionOf, languageOf, localeOf, observeLang } from '../shared/lang.js';
import { quickExitCss } from './quick-exit.styles.js';
import { SafetyAdvice } from './safety-advice.js';
import { ShiftCounter } from './shift-counter.js';

type QuickExitStrings = typeof enQuickExit;

const defaultHref = 'https://www.bbc.co.uk/weather';
const shiftWindowMs = 5000;
let sharedSheet: CSSStyleSheet | undefined;

/** One constructed style sheet for every instance: allowed by a strict `style-src 'self'`. */
function styleSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(quickExitCss);
  }
  return sharedSheet;
}

// Outside the class, so the manifest analyser does not read these assignments as the element's fields.
function styledShadowRoot(host: HTMLElement): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styleSheet()];
  return shadow;
}

/**
 * @tag vr-quick-exit
 * @summary A quick way off the page for someone who may be watched: a button, or Shift pressed
 * three times, blanks the page at once and replaces it with a neutral site (Back does not return).
 * A plain custom element without dependencies, so it works before anything else has loaded.
 *
 * @attr lang - The language of the button; otherwise the nearest `lang` above it, then the browser's.
 * @attr href - The neutral site to go to (http or https; relative to the page allowed). Default `https://www.bbc.co.uk/weather`.
 * @attr hide-hint - Hides the visible "press Shift 3 times" hint (the shortcut still works and is announced).
 * @attr safety-href - A page with the member's full advice on staying safe online, linked from the disclosure.
 * @attr hide-safety-advice - Leaves out the "Staying safe online" disclosure (the page gives the advice itself).
 *
 * @event vr-quick-exit - Leaving the page: bubbles to the window, where the other elements drop what they hold.
 *
 * @csspart button - The "Exit this page" button.
 * @csspart hint - The "press Shift 3 times" hint below the button.
 * @csspart overlay - The blank cover shown while leaving.
 * @csspart safety - The "Staying safe online" disclosure: what the quick exit cannot hide, how to clear history.
 * @csspart safety-link - The link to the member's full advice (`safety-href`).
 *
 * @cssproperty --vr-quick-exit-background - Button background. Default `#d4351c`.
 * @cssproperty --vr-quick-exit-color - Button text. Default `#ffffff`.
 * @cssproperty --vr-quick-exit-overlay-background - The cover shown while leaving. Default `#ffffff`.
 * @cssproperty --vr-color-focus - Focus ring. Default `#ffdd00`.
 * @cssproperty --vr-color-focus-text - Outer focus ring. Default `#0b0c0c`.
 * @cssproperty --vr-radius - Corner radius of the button. Default `4px`.
 */
export class VrQuickExit extends HTMLElement {
  static readonly observedAttributes = ['hide-hint', 'safety-href', 'hide-safety-advice'];

  /**
   * How the element leaves the page; `location.replace` by default, so Back does not return.
   * A seam for tests and for single-page apps that must clear their own state first.
   */
  navigate: (href: string) => void = (href) => window.location.replace(href);

  private strings: QuickExitStrings = enQuickExit;
  private language = 'en';
  private requestedLocale = '';
  private exiting = false;
  private langObserver: MutationObserver | undefined;
  private readonly root: HTMLDivElement;
  private readonly button: HTMLButtonElement;
  private readonly emphasis: HTMLSpanElement;
  private readonly label: Text;
  private readonly hint: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly overlay: HTMLDivElement;
  private readonly safetyAdvice: SafetyAdvice;
  private readonly shiftCounter = new ShiftCounter({
    windowMs: shiftWindowMs,
    onProgress: (left) => this.announce(this.strings.pressesLeft(left)),
    onExpired: () => this.announce(this.strings.expired),
    onComplete: () => this.exit(),
  });

  constructor() {
    super();
    const shadow = styledShadowRoot(this);
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, part?: string) => {
      const element = this.ownerDocument.createElement(tag);
      element.className = className;
      if (part) element.setAttribute('part', part);
      return element;
    };
    this.root = make('div', 'root');
    this.button = make('button', 'button', 'button');
    this.button.setAttribute('type', 'button');
    this.button.setAttribute('aria-describedby', 'hint');
    this.button.addEventListener('click', () => this.exit());
    this.emphasis = make('span', 'visually-hidden');
    this.label = this.ownerDocument.createTextNode('');
    this.button.append(this.emphasis, ' ', this.label);
    this.hint = make('p', 'hint', 'hint');
    this.hint.setAttribute('id', 'hint');
    this.status = make('p', 'visually-hidden');
    this.status.setAttribute('role', 'status');
    this.overlay = make('div', 'overlay', 'overlay');
    this.overlay.setAttribute('role', 'alert');
    this.safetyAdvice = new SafetyAdvice(this.ownerDocument);
    this.root.append(this.button, this.hint, this.status, this.safetyAdvice.element);
    shadow.append(this.root);
    this.renderText();
  }

  /** The neutral site to go to (http or https). */
  get href(): string {
    return this.getAttribute('href') ?? defaultHref;
  }
  set href(value: string) {
    this.setAttribute('href', value);
  }

  /** Hides the visible "press Shift 3 times" hint (the shortcut still works and is announced). */
  get hideHint(): boolean {
    return this.hasAttribute('hide-hint');
  }
  set hideHint(value: boolean) {
    this.toggleAttribute('hide-hint', value);
  }

  /** Resolves once what the element shows is up to date: at once, as it renders synchronously. */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    this.ownerDocument.addEventListener('keydown', this.shiftCounter.handleKeyDown, { capture: true });
    this.langObserver = observeLang(this, () => this.resolveLanguage());
    this.resolveLanguage();
  }

  disconnectedCallback(): void {
    this.ownerDocument.removeEventListener('keydown', this.shiftCounter.handleKeyDown, { capture: true });
    this.shiftCounter.reset();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
  }

  attributeChangedCallback(): void {
    this.renderText();
  }

  /** Blanks the page, tells the other elements to forget what they hold, then leaves it for `href`. */
  exit(): void {
    this.exiting = true;
    this.status.textContent = '';
    this.overlay.textContent = this.strings.exiting;
    this.root.append(this.overlay);
    // A listener that throws is reported, not thrown here: leaving cannot be stopped.
    this.dispatchEvent(new QuickExitEvent());
    // The cover is in place before the navigation starts: the old page never shows again.
    queueMicrotask(() => this.navigate(this.destination()));
  }

  /** `href` resolved against the page (a member may name a page of its own), if http or https. */
  private destination(): string {
    try {
      return safeWebUrl(new URL(this.href, this.ownerDocument.baseURI).href) ?? defaultHref;
    } catch {
      return defaultHref;
    }
  }

  private announce(text: string): void {
    if (!this.exiting) this.status.textContent = text;
  }

  private renderText(): void {
    const s = this.strings;
    this.root.lang = this.language;
    if (this.language === 'en') this.root.removeAttribute('dir');
    else this.root.dir = directionOf(this.language);
    this.emphasis.textContent = s.emphasis;
    this.label.data = s.button;
    this.hint.textContent = s.keyboardHint;
    this.hint.className = this.hideHint ? 'hint visually-hidden' : 'hint';
    this.safetyAdvice.render(s, this.getAttribute('safety-href'), this.ownerDocument.baseURI);
    this.safetyAdvice.element.hidden = this.hasAttribute('hide-safety-advice');
    if (this.exiting) this.overlay.textContent = s.exiting;
  }

  /** English at once; the page's language when its strings arrive (English stays if they never do). */
  private resolveLanguage(): void {
    const locale = localeOf(this);
    if (locale === this.requestedLocale) return;
    this.requestedLocale = locale;
    const language = languageOf(locale);
    this.strings = enQuickExit;
    this.language = 'en';
    this.renderText();
    const load = (quickExitStrings.loaders as Partial<Record<string, () => Promise<{ quickExit: QuickExitStrings }>>>)[
      language
    ];
    load?.().then(
      (strings) => {
        if (this.requestedLocale !== locale) return;
        this.strings = strings.quickExit;
        this.language = language;
        this.renderText();
      },
      () => undefined,
    );
  }
}
