/**
 * The service finder's keystroke latency in Firefox and WebKit, as the widgets' bench measures it
 * in Chromium (packages/widgets/bench: the same page, the same in-page probe, the same sandbox
 * directory): per keystroke in the search box, the time from the key's first input event to the
 * rendered results, the search box's debounce included. Writes bench-results.json; never fails.
 */
import { writeFileSync } from 'node:fs';
import { startSandbox } from '@victim-referral/sandbox';
import { startBenchSite } from '../../../packages/widgets/bench/bench-site.mjs';
import { percentile } from '../../../packages/widgets/bench/finder-latency.mjs';
import { installRenderProbe } from '../../../packages/widgets/bench/render-probe.mjs';
import { launch } from '../src/engines/index.js';
import type { EngineName, Tab } from '../src/tab.js';

const engines: { name: EngineName; label: string; browser: string }[] = [
  { name: 'firefox', label: 'Firefox', browser: 'headless firefox-esr over WebDriver BiDi' },
  { name: 'webkit', label: 'WebKit', browser: 'WebKitGTK MiniBrowser on Xvfb over WebDriver' },
];
const serviceCount = 5_000;
const warmUpQuery = 'help';
const queries = ['support', 'violence', 'Lisboa', 'legal'];
const rounds = 2;
const actionTimeoutMs = 10_000;
const searchBox = 'vr-service-finder >>> #query';

interface Timing {
  inputToRenderMs: number;
  inputToSearchMs: number;
  searchToRenderMs: number;
  cards: number;
  error: boolean;
}

/** Runs `action` and returns the timings of the search it caused, once rendered. */
async function measure(tab: Tab, label: string, action: () => Promise<void>): Promise<Timing | undefined> {
  await tab.evaluate(() => (window as unknown as ProbeWindow).__renderProbe.arm());
  await action();
  const timing = await tab.evaluate(
    (timeoutMs) => (window as unknown as ProbeWindow).__renderProbe.result(timeoutMs),
    actionTimeoutMs,
  );
  if (!timing) console.warn(`  no rendered search within ${actionTimeoutMs} ms after: ${label}`);
  else if (timing.error) console.warn(`  the finder showed an error after: ${label}`);
  return timing && !timing.error ? timing : undefined;
}

interface ProbeWindow {
  __renderProbe: { arm(): void; result(timeoutMs: number): Promise<Timing | null> };
}

/** Clears the search box with a measured Backspace, then types `text` a character at a time, each measured. */
async function typeQuery(tab: Tab, text: string): Promise<(Timing | undefined)[]> {
  await tab.click(searchBox);
  const timings = [];
  const current = await tab.evaluateOn(searchBox, (box) => {
    (box as HTMLInputElement).select();
    return (box as HTMLInputElement).value;
  });
  if (current !== '') {
    timings.push(await measure(tab, `Backspace (clear "${current}")`, () => tab.press('Backspace')));
  }
  for (const character of text) {
    timings.push(await measure(tab, `type "${character}" of "${text}"`, () => tab.typeText(character)));
  }
  return timings;
}

async function keystrokeTimings(tab: Tab, url: string): Promise<Timing[]> {
  await tab.goto(url);
  await tab.waitForElement('vr-service-finder >>> article.card');
  await tab.waitForElement('vr-service-finder >>> #filter-country option:nth-child(2)');
  await tab.evaluate(installRenderProbe);
  await typeQuery(tab, warmUpQuery);
  const timings: (Timing | undefined)[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) timings.push(...(await typeQuery(tab, query)));
  }
  return timings.filter((timing) => timing !== undefined);
}

function toRows({ label, browser }: (typeof engines)[number], keystrokes: Timing[]) {
  const median = (key: 'inputToRenderMs' | 'inputToSearchMs' | 'searchToRenderMs') =>
    percentile(
      keystrokes.map((timing) => timing[key]),
      50,
    );
  const setting = `${serviceCount.toLocaleString('en')} services, page size 10, ${browser}, sandbox on loopback`;
  return [
    {
      name: `finder in ${label}: keystroke to rendered results, median`,
      value: median('inputToRenderMs'),
      unit: 'ms',
      notes: `includes the search box's debounce (measured median ${median('inputToSearchMs').toFixed(0)} ms); ${keystrokes.length} keystrokes typing ${queries.map((q) => `"${q}"`).join(', ')} (${rounds} rounds), as the widgets' Chromium rows; ${setting}`,
    },
    {
      name: `finder in ${label}: keystroke to rendered results, p95`,
      value: percentile(
        keystrokes.map((timing) => timing.inputToRenderMs),
        95,
      ),
      unit: 'ms',
      notes: 'includes the debounce',
    },
    {
      name: `finder in ${label}: search request to rendered results after a keystroke, median`,
      value: median('searchToRenderMs'),
      unit: 'ms',
      notes: 'the keystroke latency without the debounce: request, CORS preflight if any, parse, render',
    },
  ];
}

async function finderLatencyRows() {
  const rows = [];
  const sandbox = await startSandbox({
    port: 0,
    seed: { services: serviceCount },
    validateResponses: false,
    rateLimit: { limit: 1e9 },
  });
  try {
    const [host] = sandbox.credentials.organisations;
    if (!host) throw new Error('The sandbox has no organisations');
    const site = await startBenchSite({ apiBase: sandbox.url, publishableKey: host.publishableKey });
    try {
      for (const engine of engines) {
        try {
          const browser = await launch(engine.name);
          try {
            const tab = await browser.newTab();
            rows.push(...toRows(engine, await keystrokeTimings(tab, site.url)));
          } finally {
            await browser.close();
          }
        } catch (error) {
          // A benchmark reports; it never fails the build. The other engine's rows are still written.
          console.error(`bench: the finder latency in ${engine.label} failed to run:`, error);
        }
      }
    } finally {
      await site.close();
    }
  } finally {
    await sandbox.close();
  }
  return rows;
}

const rows = await finderLatencyRows();
for (const row of rows) console.log(`${row.name.padEnd(60)} ${row.value.toFixed(1).padStart(9)} ${row.unit}`);
writeFileSync(new URL('../bench-results.json', import.meta.url), `${JSON.stringify({ rows }, null, 2)}\n`);
