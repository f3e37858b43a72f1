// Journey 6: a victim on a phone looks for the nearest help. The position is asked for only when
// they press "Show services near me"; if they refuse, they choose their town instead. Playwright's
// context grants (or not) the permission and sets the position, as a phone's browser would.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../browser.js';
import { eventually, openPage } from '../site.js';

const lisbon = { latitude: 38.722252, longitude: -9.139337 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The find-help page in a context of its own: with the position granted, or without permission. */
async function findHelp(
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await openPage(page, '/find-help.html');
  await page.locator('vr-service-finder article.card').first().waitFor();
  return { context, page };
}

const distances = (page: Page) =>
  page.locator('vr-service-finder article.card .row', { hasText: 'Distance' }).locator('dd').allTextContents();

describe('journey 9: the nearest help, with or without the position', () => {
  it('sorts by distance once the victim shares the position, rounded to about 1 km', async () => {
    const { context, page } = await findHelp({ permissions: ['geolocation'], geolocation: lisbon });
    const searches: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/v1/services') searches.push(url.search);
    });
    expect(searches.join('')).not.toContain('near');
    await page.getByRole('button', { name: 'Show services near me' }).click();
    await eventually(async () => expect(searches.some((search) => search.includes('near=38.72%2C-9.14'))).toBe(true));
    await eventually(async () => expect((await distances(page)).length).toBeGreaterThan(0));
    expect((await distances(page))[0]).toMatch(/^[\d.]+ km$/);
    await expectNoAxeViolations(page);
    expect(
      await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + location.href),
    ).not.toMatch(/38\.72|9\.14/);
    await context.close();
  });

  it('offers the directory’s towns and cities when the position is refused', async () => {
    const { context, page } = await findHelp({});
    await page.getByRole('button', { name: 'Show services near me' }).click();
    const place = page.getByLabel('Town or city');
    await place.waitFor();
    await expectNoAxeViolations(page);
    const portugal = (await place.locator('option').allTextContents()).find((text) =>
      text.trim().endsWith(', Portugal'),
    );
    expect(portugal).toBeDefined();
    await place.selectOption({ label: portugal?.trim() ?? '' });
    await eventually(async () => expect((await distances(page)).length).toBeGreaterThan(0));
    await context.close();
  });
});
