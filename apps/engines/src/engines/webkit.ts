/**
 * WebKit: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver and libwebkit2gtk-4.1), driven by
 * WebKitWebDriver over classic WebDriver, on a private virtual display (Xvfb, Debian's xvfb).
 * Each tab is a WebDriver session, so a MiniBrowser of its own with a fresh history.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { EngineTab } from '../tab.js';
import type { Engine } from './engine.js';
import { type Started, startGroup } from './processes.js';
import { driverReady, keyCodes, WebDriverSession } from './webdriver.js';

export const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbPath = '/usr/bin/Xvfb';

const startTimeoutMs = 30_000;

export async function launchWebKit(): Promise<Engine> {
  for (const [path, source] of [
    [webKitDriverPath, 'webkit2gtk-driver (or set WEBKIT_DRIVER_PATH)'],
    [miniBrowserPath, 'webkit2gtk-driver (or set MINIBROWSER_PATH)'],
    [xvfbPath, 'xvfb'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`No ${path}: apt-get install ${source}`);
  }
  const started: Started[] = [];
  const stopAll = async () => {
    for (const helper of started.reverse()) await helper.stop();
  };
  try {
    const display = await startDisplay(started);
    const driverUrl = await startDriver(started, display);
    const sessions = new Set<WebDriverSession>();
    return {
      async newTab() {
        const session = await WebDriverSession.create(driverUrl, {
          'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
        });
        sessions.add(session);
        await session.setWindowSize(1280, 960);
        return webKitTab(session, async () => {
          sessions.delete(session);
          await session.delete();
        });
      },
      async close() {
        await Promise.allSettled([...sessions].map((session) => session.delete()));
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Starts Xvfb on the first free display number and returns it, e.g. `:1`. */
async function startDisplay(started: Started[]): Promise<string> {
  // -displayfd: Xvfb picks a free display and writes its number to file descriptor 3 when ready.
  const xvfb = startGroup(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    extraPipe: true,
  });
  started.push(xvfb);
  const output = xvfb.child.stdio[3];
  if (!output) throw new Error('Xvfb: no display pipe');
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), startTimeoutMs);
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    xvfb.child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  return `:${number}`;
}

/** Starts WebKitWebDriver on a free loopback port of `display` and returns its URL once ready. */
async function startDriver(started: Started[], display: string): Promise<string> {
  const port = await freePort();
  const driver = startGroup(webKitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
  });
  started.push(driver);
  const driverUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (!(await driverReady(driverUrl))) {
    if (driver.child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on ${driverUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return driverUrl;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * A tab over a WebDriver session. Clicks are pointer actions at the element's middle: WebKit's
 * "Element Click" hit-tests the shadow host and refuses elements inside shadow roots.
 * WebDriver exposes no console, so `engineErrors` is empty: the page watch records them instead.
 */
function webKitTab(session: WebDriverSession, close: () => Promise<void>): EngineTab {
  return {
    goto: (url) => session.navigate(url),
    url: () => session.currentUrl(),
    back: () => session.back(),
    evaluate: (expression) => session.executeScript(`return ${expression};`),
    async click(elementExpression) {
      const { x, y } = (await session.executeScript(`
        const element = ${elementExpression};
        element.scrollIntoView({ block: 'center', inline: 'center' });
        const box = element.getBoundingClientRect();
        return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      `)) as { x: number; y: number };
      await session.clickAt(x, y);
    },
    typeText: (text) => session.pressKeys([...text]),
    press: (key) => session.pressKeys([keyCodes[key]]),
    engineErrors: () => [],
    close,
  };
}
