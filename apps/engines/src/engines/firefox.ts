/**
 * Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (the standard
 * protocol Firefox speaks; puppeteer-core never downloads a browser).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import type { EngineTab, Key } from '../tab.js';
import type { Engine } from './engine.js';

/** Puppeteer's names of the keys a journey presses. */
const keyInputs: Record<Key, KeyInput> = {
  Shift: 'Shift',
  Enter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Space: ' ',
};

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(): Promise<Engine> {
  if (!existsSync(firefoxPath)) {
    throw new Error(`No Firefox at ${firefoxPath}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    protocol: 'webDriverBiDi',
    headless: true,
  });
  return {
    async newTab() {
      const context = await browser.createBrowserContext();
      return firefoxTab(await context.newPage());
    },
    close: () => browser.close(),
  };
}

function firefoxTab(page: Page): EngineTab {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error instanceof Error ? error.message : error}`));
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
    press: (key) => page.keyboard.press(keyInputs[key]),
    engineErrors: () => [...errors],
    async grantPosition(position) {
      await page.browserContext().overridePermissions(new URL(page.url()).origin, ['geolocation']);
      await page.setGeolocation(position);
    },
    close: () => page.browserContext().close(),
  };
}
