/**
 * One browser tab, driven the way a person does, in any engine: the interface the journeys and the
 * benchmark are written against. Each engine provides a few primitives (`EngineTab`); everything
 * else — waiting, finding elements through shadow roots, reading the page's records — is here, once.
 */
import { deepQuery, pageRecords } from './page-functions.js';

export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

/** The keys a journey presses on their own (text is typed with `type`). */
export type Key = 'Shift' | 'Enter' | 'Tab' | 'Backspace' | 'Space';

/**
 * A CSS selector that descends into open shadow roots at each `>>>`, e.g.
 * `vr-referral-form >>> #f-name`: the element `#f-name` in the shadow root of `vr-referral-form`.
 */
export type DeepSelector = string;

/** What an engine must do itself. Expressions are JavaScript source evaluated in the page. */
export interface EngineTab {
  /** Loads `url` and resolves once its `load` event has fired. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  back(): Promise<void>;
  /** The value of `expression` (awaited when it is a promise), as JSON. */
  evaluate(expression: string): Promise<unknown>;
  /** Clicks the middle of the element `elementExpression` evaluates to, with the pointer. */
  click(elementExpression: string): Promise<void>;
  /** Types `text` on the keyboard, a key press per character, into whatever has the focus. */
  typeText(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Errors the engine itself reported (console errors, uncaught exceptions) since the last `goto`. */
  engineErrors(): string[];
  /**
   * Grants the page's origin the position, as a person allowing a prompt would; absent where the
   * engine's driver cannot (WebKit's classic WebDriver has no geolocation override).
   */
  grantPosition?(position: Position): Promise<void>;
  close(): Promise<void>;
}

export interface Position {
  latitude: number;
  longitude: number;
}

export interface WaitOptions {
  /** Default 30 s: generous, for a loaded 2-core machine; a wait ends as soon as its condition holds. */
  timeoutMs?: number;
}

const defaultTimeoutMs = 30_000;
const pollMs = 100;

export class Tab {
  constructor(private readonly engineTab: EngineTab) {}

  goto(url: string): Promise<void> {
    return this.engineTab.goto(url);
  }

  url(): Promise<string> {
    return this.engineTab.url();
  }

  back(): Promise<void> {
    return this.engineTab.back();
  }

  /** Whether this engine's driver can grant a position (see `EngineTab.grantPosition`). */
  get canGrantPosition(): boolean {
    return this.engineTab.grantPosition !== undefined;
  }

  async grantPosition(position: Position): Promise<void> {
    if (!this.engineTab.grantPosition) throw new Error('this engine cannot grant a position');
    await this.engineTab.grantPosition(position);
  }

  /** Runs `fn(arg)` in the page. `fn` travels as source: it must use nothing from this module's scope. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.run(`(${fn})(${JSON.stringify(arg)})`)) as R;
  }

  /** Runs `fn(element, arg)` in the page on the element `selector` finds, once there is one. */
  async evaluateOn<R, A = undefined>(
    selector: DeepSelector,
    fn: (element: Element, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R> {
    await this.waitForElement(selector);
    return (await this.run(`(${fn})(${elementExpression(selector)}, ${JSON.stringify(arg)})`)) as R;
  }

  async click(selector: DeepSelector): Promise<void> {
    await this.waitForElement(selector);
    await this.engineTab.click(inPage(elementExpression(selector)));
  }

  /** Clicks the field (so it has the focus, as a person's click gives it), then types `text`. */
  async type(selector: DeepSelector, text: string): Promise<void> {
    await this.click(selector);
    await this.engineTab.typeText(text);
  }

  /** Types `text` into whatever has the focus. */
  typeText(text: string): Promise<void> {
    return this.engineTab.typeText(text);
  }

  press(key: Key): Promise<void> {
    return this.engineTab.press(key);
  }

  /**
   * Chooses the option whose value is `value` in a `<select>`, as browsers do for a person: the
   * value changes, then `input` and `change` fire. (Playwright and Puppeteer select the same way.)
   */
  async select(selector: DeepSelector, value: string): Promise<void> {
    const selected = await this.evaluateOn(
      selector,
      (element, wanted) => {
        const select = element as HTMLSelectElement;
        if (![...select.options].some((option) => option.value === wanted)) return false;
        select.value = wanted;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      value,
    );
    if (!selected) throw new Error(`No option "${value}" in ${selector}`);
  }

  /** Waits until `predicate(arg)`, run in the page, returns a truthy value, and returns that value. */
  async waitFor<R, A = undefined>(
    predicate: (arg: A) => R | Promise<R>,
    description: string,
    arg?: A,
    { timeoutMs = defaultTimeoutMs }: WaitOptions = {},
  ): Promise<NonNullable<R>> {
    return waitUntil(() => this.evaluate(predicate, arg), description, timeoutMs);
  }

  /** Waits until the tab shows a URL for which `wanted` holds, and returns it. */
  async waitForUrl(wanted: (url: string) => boolean, description: string, options: WaitOptions = {}): Promise<string> {
    return waitUntil(
      async () => {
        const url = await this.url();
        return wanted(url) ? url : undefined;
      },
      description,
      options.timeoutMs,
    );
  }

  async waitForElement(selector: DeepSelector, options: WaitOptions = {}): Promise<void> {
    await waitUntil(
      async () => (await this.run(`${elementExpression(selector)} !== null`)) || undefined,
      `an element ${selector}`,
      options.timeoutMs,
    );
  }

  /** The text of every element `selector` finds (none yet: an empty list), white space collapsed. */
  async texts(selector: DeepSelector): Promise<string[]> {
    const elements = `(${deepQuery})(${JSON.stringify(selector)}, true)`;
    return (await this.run(
      `${elements}.map((element) => (element.textContent ?? '').replace(/\\s+/g, ' ').trim())`,
    )) as string[];
  }

  /** Console errors and uncaught exceptions: the engine's own reports and the page watch's. */
  async consoleErrors(): Promise<string[]> {
    const { consoleErrors } = await this.evaluate(pageRecords);
    return [...this.engineTab.engineErrors(), ...consoleErrors];
  }

  /** Content-Security-Policy violations the current page reported. */
  async cspViolations(): Promise<string[]> {
    return (await this.evaluate(pageRecords)).cspViolations;
  }

  close(): Promise<void> {
    return this.engineTab.close();
  }

  private run(expression: string): Promise<unknown> {
    return this.engineTab.evaluate(inPage(expression));
  }
}

/**
 * `expression` with what compiled function source may call: tools that keep function names (tsx,
 * esbuild's keepNames) wrap functions in `__name(fn, "name")`, which the page does not define.
 */
function inPage(expression: string): string {
  return `(() => { const __name = (target) => target; return ${expression}; })()`;
}

/** Source of an expression that evaluates to the element `selector` finds, or null. */
function elementExpression(selector: DeepSelector): string {
  return `(${deepQuery})(${JSON.stringify(selector)}, false)`;
}

/**
 * Waits until `check` resolves to a truthy value, and returns it; a check that throws counts as
 * "not yet" (a page between two documents). Fails after `timeoutMs` naming `description`.
 */
export async function waitUntil<R>(
  check: () => Promise<R>,
  description: string,
  timeoutMs = defaultTimeoutMs,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<R>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Waited ${timeoutMs / 1000} s for ${description}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
