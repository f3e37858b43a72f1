// Journey 5: journey 1 with the keyboard alone. At every stop the focused control's accessible
// name — what a screen reader announces — is the Polish label the victim should hear.
import { taxonomyLabelLoaders } from '@victim-referral/schemas/labels';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pl } from '../../../../packages/widgets/src/i18n/locales/pl.js';
import { expectNoAxeViolations, launchChromium, newPage } from '../browser.js';
import {
  eventually,
  hostOrganisation,
  openPage,
  referenceShown,
  referralsWithSummary,
  uniqueSummary,
} from '../site.js';

const taxonomyPl = await taxonomyLabelLoaders.pl();

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The role and accessible name of the focused control, e.g. `checkbox "polski"`. */
async function focusedControl(): Promise<string> {
  const focused = page.locator(':is(input, select, textarea, button, a[href], [tabindex]):focus').last();
  return (await focused.ariaSnapshot({ timeout: 1_000 }).catch(() => '')).split('\n')[0] ?? '';
}

/** Presses Tab until the focused control has `role` and exactly the accessible name `name`. */
async function tabTo(role: string, name: string): Promise<void> {
  const wanted = new RegExp(`^- ${role} "${escapeRegExp(name)}"`);
  const seen: string[] = [];
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const control = await focusedControl();
    if (wanted.test(control)) return;
    seen.push(control);
  }
  throw new Error(`Tab never reached ${role} "${name}"; passed: ${seen.join(' | ')}`);
}

describe('journey 5: journey 1 with the keyboard alone, names checked', () => {
  it('searches, chooses and self-refers without a pointer', async () => {
    const summary = uniqueSummary('journey 5');
    await openPage(page, '/find-help.html');

    await tabTo('combobox', 'Language');
    await page.keyboard.type('Polski');
    const finder = page.locator('vr-service-finder');
    await eventually(async () =>
      expect(await finder.locator('label[for="query"]').textContent()).toBe(pl.finder.searchLabel),
    );

    // The country options come from the directory's organisations, loaded beside the first search.
    await finder.locator('#filter-country option[value="PL"]').waitFor({ state: 'attached' });
    await tabTo('combobox', pl.finder.country);
    await page.keyboard.type('Polska');
    await tabTo('combobox', pl.finder.victimType);
    // Typeahead on the first letters: a space would open the select's popup, and Playwright types
    // letters such as "ó" as inserted text rather than key presses.
    await page.keyboard.type(taxonomyPl.victimTypes['robbery-theft'].slice(0, 4));
    await tabTo('combobox', pl.finder.language);
    await page.keyboard.type('polski');
    await finder.locator('article.card').first().waitFor();
    await eventually(async () => expect(await finder.locator('#filter-language').inputValue()).toBe('pl'));

    await tabTo('button', pl.service.showDetails);
    await page.keyboard.press('Enter');
    await finder.locator('#detail-title').waitFor();
    await tabTo('button', pl.service.select);
    await page.keyboard.press('Enter');
    await expectNoAxeViolations(page);

    await tabTo('checkbox', taxonomyPl.formsOfAssistance['emotional-support']);
    await page.keyboard.press('Space');
    await tabTo('checkbox', taxonomyPl.victimTypes['robbery-theft']);
    await page.keyboard.press('Space');
    await tabTo('textbox', pl.form.needs.caseSummary.self);
    await page.keyboard.type(summary);
    await tabTo('button', pl.form.continue);
    await page.keyboard.press('Enter');

    await tabTo('textbox', pl.form.person.name.self);
    await page.keyboard.type('Marta');
    await tabTo('checkbox', 'polski');
    await page.keyboard.press('Space');
    await tabTo('radio', pl.form.person.contactSafe.self);
    await page.keyboard.press('Space');
    await tabTo('checkbox', taxonomyPl.contactMethods.email);
    await page.keyboard.press('Space');
    await tabTo('textbox', pl.form.person.email);
    await page.keyboard.type('marta@example.org');
    await tabTo('button', pl.form.continue);
    await page.keyboard.press('Enter');

    await tabTo('checkbox', taxonomyPl.consentPurposes['provide-support']);
    await page.keyboard.press('Space');
    await tabTo('checkbox', pl.form.consent.withdrawalConfirm.self);
    await page.keyboard.press('Space');
    await tabTo('checkbox', pl.form.consent.explicit.self);
    await page.keyboard.press('Space');
    await tabTo('button', pl.form.continue);
    await page.keyboard.press('Enter');
    await expectNoAxeViolations(page);

    await tabTo('button', pl.form.submit.self);
    await page.keyboard.press('Enter');
    const form = page.locator('vr-referral-form');
    const reference = await referenceShown(form);
    await expectNoAxeViolations(page);

    const [referral] = await referralsWithSummary(hostOrganisation(), 'inbox', summary);
    expect(referral).toMatchObject({ reference, victim: { name: 'Marta', languages: ['pl'] } });
  });
});
