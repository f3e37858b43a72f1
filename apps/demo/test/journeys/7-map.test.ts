// Journey 6: a victim looks at the services on a map. The map draws its own outline of Europe:
// the page asks no host but the site and the API, breaks no rule of the strict CSP, and every
// marker is reached and opened with the keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, newPage, recordCspViolations } from '../browser.js';
import { apiBase, eventually, openPage, resultCards, siteUrl } from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

describe('journey 7: the services on a map', () => {
  it('shows the search on a map with no third-party request, and opens a place with the keyboard', async () => {
    const violations = await recordCspViolations(page);
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await openPage(page, '/find-help.html');
    const finder = page.locator('vr-service-finder');
    await resultCards(finder);

    await finder.getByRole('button', { name: 'On a map' }).click();
    const map = finder.locator('vr-service-map');
    await map.locator('.vr-marker, .vr-cluster').first().waitFor();
    await expectNoAxeViolations(page);

    // Enter zooms into clusters until a single place has focus; Enter then opens it.
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return { key: active?.getAttribute('data-key') ?? '', id: active?.id ?? '', name: active?.className ?? '' };
      });
    await map.locator('.vr-marker, .vr-cluster').first().focus();
    for (let depth = 0; depth < 20 && (await focused()).name.includes('vr-cluster'); depth += 1) {
      const before = (await focused()).key;
      await page.keyboard.press('Enter');
      await eventually(async () => expect((await focused()).key).not.toBe(before));
    }
    expect((await focused()).name).toContain('vr-marker');
    await page.keyboard.press('Enter');
    await eventually(async () => expect((await focused()).id).toBe('place-title'));
    await expectNoAxeViolations(page);

    expect(violations).toEqual([]);
    expect([...hosts].filter((host) => host !== new URL(siteUrl()).host && host !== new URL(apiBase()).host)).toEqual(
      [],
    );
  });
});
