/**
 * "Staying safe online", the disclosure GOV.UK's Exit this page pattern asks for beside the button:
 * what the quick exit cannot hide and how to clear one's tracks. Plain DOM, like the button.
 */
import type { enQuickExit } from '../i18n/locales/en-quick-exit.js';
import { safeWebUrl } from '../shared/format.js';

type QuickExitStrings = typeof enQuickExit;

export class SafetyAdvice {
  readonly element: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly cannotHide: HTMLParagraphElement;
  private readonly stepsIntro: HTMLParagraphElement;
  private readonly steps: HTMLUListElement;
  private readonly more: HTMLAnchorElement;

  constructor(document: Document) {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K) => document.createElement(tag);
    this.element = make('details');
    this.element.className = 'safety';
    this.element.setAttribute('part', 'safety');
    this.summary = make('summary');
    this.cannotHide = make('p');
    this.stepsIntro = make('p');
    this.steps = make('ul');
    this.more = make('a');
    this.more.setAttribute('part', 'safety-link');
    this.element.append(this.summary, this.cannotHide, this.stepsIntro, this.steps);
  }

  /** Writes the texts; `moreHref` (http, https, or a page of the site) links to the member's full advice. */
  render(strings: QuickExitStrings, moreHref: string | null, baseUri: string): void {
    const document = this.element.ownerDocument;
    this.summary.textContent = strings.safetySummary;
    this.cannotHide.textContent = strings.safetyCannotHide;
    this.stepsIntro.textContent = strings.safetyStepsIntro;
    this.steps.replaceChildren(
      ...strings.safetySteps.map((step) => {
        const item = document.createElement('li');
        item.textContent = step;
        return item;
      }),
    );
    const href = moreHref ? resolved(moreHref, baseUri) : undefined;
    if (href) {
      this.more.href = href;
      this.more.textContent = strings.safetyMore;
      this.element.append(this.more);
    } else {
      this.more.remove();
    }
  }
}

function resolved(href: string, baseUri: string): string | undefined {
  try {
    return safeWebUrl(new URL(href, baseUri).href);
  } catch {
    return undefined;
  }
}
