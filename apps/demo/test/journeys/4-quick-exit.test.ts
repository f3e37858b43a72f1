// Journey 4: someone walks in while the victim is half-way through the form. Shift three times
// leaves for a neutral site at once, and Back does not bring the form or its data back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerNeutralSite, expectNoAxeViolations, launchChromium, neutralSite, newPage } from '../browser.js';
import { choose, eventually, openPage, siteUrl } from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
  await answerNeutralSite(page);
});
afterAll(() => browser.close());

describe('journey 4: quick exit from a half-filled form', () => {
  it('replaces the page and Back does not return to the form', async () => {
    await openPage(page, '/');
    await page.getByRole('link', { name: 'Ask us to contact you safely' }).click();
    await page.waitForURL(`${siteUrl()}/contact-us.html`);
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'shelter');
    await form.locator('#f-caseSummary').fill('My partner hurts me and checks my phone');
    await expectNoAxeViolations(page);

    await form.locator('#f-caseSummary').press('Shift');
    await form.locator('#f-caseSummary').press('Shift');
    await form.locator('#f-caseSummary').press('Shift');
    await page.waitForURL(neutralSite);

    await page.goBack();
    await eventually(async () => expect(page.url()).toBe(`${siteUrl()}/`));
    expect(await page.content()).not.toContain('checks my phone');
    const formValues = await page.evaluate(() =>
      [...document.querySelectorAll('vr-referral-form')].map((element) => element.shadowRoot?.textContent ?? ''),
    );
    expect(formValues.join('')).not.toContain('checks my phone');
  });

  it('exits with the visible button, operated with the keyboard alone', async () => {
    await openPage(page, '/contact-us.html');
    const button = page.locator('vr-quick-exit').getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(neutralSite);
  });
});
