/** Chromium: Debian's, driven by Playwright over the DevTools protocol, as the other browser tests do. */
import { chromium, type ElementHandle, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import type { EngineTab } from '../tab.js';
import type { Engine } from './engine.js';

export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    async newTab() {
      const context = await browser.newContext();
      return chromiumTab(await context.newPage());
    },
    close: () => browser.close(),
  };
}

function chromiumTab(page: Page): EngineTab {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    async goto(url) {
      errors.length = 0;
      await page.goto(url);
    },
    url: async () => page.url(),
    async back() {
      await page.goBack();
    },
    evaluate: (expression) => page.evaluate(expression),
    async click(elementExpression) {
      const element = (await page.evaluateHandle(elementExpression)).asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error('no element to click');
      await element.click();
    },
    typeText: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    engineErrors: () => [...errors],
    async grantPosition(position) {
      await page.context().grantPermissions(['geolocation'], { origin: new URL(page.url()).origin });
      await page.context().setGeolocation(position);
    },
    close: () => page.context().close(),
  };
}
