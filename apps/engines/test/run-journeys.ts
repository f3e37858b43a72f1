/**
 * Registers every journey as a test of one engine, named `<engine>: <journey>` so the test summary
 * reports per engine. One browser for the engine's journeys; a fresh tab for each.
 */
import { afterAll, beforeAll, it } from 'vitest';
import { type Browser, launch } from '../src/engines/index.js';
import type { EngineName } from '../src/tab.js';
import { journeys } from './journeys/index.js';

export function runJourneys(engine: EngineName): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(engine);
  });
  afterAll(() => browser?.close());

  for (const journey of journeys) {
    it(`${engine}: ${journey.name}`, async () => {
      if (!browser) throw new Error(`${engine} did not start`);
      const tab = await browser.newTab();
      try {
        await journey.run(tab);
      } finally {
        await tab.close();
      }
    });
  }
}
