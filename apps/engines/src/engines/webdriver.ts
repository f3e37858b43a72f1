/**
 * The few commands of classic WebDriver (W3C) the WebKit tabs need, over plain HTTP: a session,
 * navigation, script execution and input actions. No client library: it is this small.
 */

/** WebDriver's code points for the keys a journey presses (W3C WebDriver, "Keyboard actions"). */
export const keyCodes = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Space: '\uE00D',
} as const;

type Action = Record<string, unknown>;

export class WebDriverSession {
  private constructor(
    private readonly driverUrl: string,
    private readonly id: string,
  ) {}

  static async create(driverUrl: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const { sessionId } = (await command(driverUrl, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    })) as { sessionId: string };
    return new WebDriverSession(driverUrl, sessionId);
  }

  /** Loads `url`; resolves once the page has loaded (the default page load strategy). */
  async navigate(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  async currentUrl(): Promise<string> {
    return (await this.send('GET', '/url')) as string;
  }

  async back(): Promise<void> {
    await this.send('POST', '/back', {});
  }

  async setWindowSize(width: number, height: number): Promise<void> {
    await this.send('POST', '/window/rect', { width, height });
  }

  /** Runs `body` as the body of a function in the page; a returned promise is awaited. */
  executeScript(body: string): Promise<unknown> {
    return this.send('POST', '/execute/sync', { script: body, args: [] });
  }

  /** A pointer click at a point of the viewport, in CSS pixels. */
  async clickAt(x: number, y: number): Promise<void> {
    await this.perform({
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', origin: 'viewport', x, y },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ],
    });
  }

  /** Presses and releases each key in turn: characters, or `keyCodes` values. */
  async pressKeys(keys: string[]): Promise<void> {
    await this.perform({
      type: 'key',
      id: 'keyboard',
      actions: keys.flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]),
    });
  }

  async delete(): Promise<void> {
    await this.send('DELETE', '');
  }

  private async perform(source: { actions: Action[] } & Action): Promise<void> {
    await this.send('POST', '/actions', { actions: [source] });
    await this.send('DELETE', '/actions');
  }

  private send(method: string, path: string, body?: unknown): Promise<unknown> {
    return command(this.driverUrl, method, `/session/${this.id}${path}`, body);
  }
}

/** Whether the driver answers and can start a session. */
export async function driverReady(driverUrl: string): Promise<boolean> {
  try {
    return ((await command(driverUrl, 'GET', '/status')) as { ready?: boolean }).ready === true;
  } catch {
    return false;
  }
}

async function command(driverUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${driverUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = value as { error: string; message: string };
    throw new Error(`WebDriver ${method} ${path}: ${error}${message ? `: ${message}` : ''}`);
  }
  return value;
}
