// Journey 11: a victim's self-referral arrives in the member's own inbox and the member's point of
// contact refers it abroad from the case, picking the service with the finder, without retyping
// it. Then, mid-case, quick exit: Back shows no victim data, and no browser storage holds any.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerNeutralSite, expectNoAxeViolations, launchChromium, neutralSite, newPage } from '../browser.js';
import {
  choose,
  clientFor,
  continueTo,
  credentials,
  eventually,
  openPage,
  referenceShown,
  resultCards,
  selectFilter,
  siteUrl,
} from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
  await answerNeutralSite(page);
});
afterAll(() => browser.close());

describe('journey 11: a self-referral referred onward abroad, then quick exit mid-case', () => {
  const name = `Olena ${crypto.randomUUID().slice(0, 8)}`;
  const madrid = credentials().organisations.find((organisation) => organisation.country === 'ES');
  let reference = '';

  it('a victim asks the member for help and agrees to be referred onward', async () => {
    await openPage(page, '/contact-us.html');
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'emotional-support');
    await choose(form, 'f-victimTypes', 'violent-crime');
    await form.locator('#f-caseSummary').fill('Assaulted while travelling in Spain; back home now.');
    await continueTo(form, '#f-name');
    await form.locator('#f-name').fill(name);
    await choose(form, 'f-languages', 'uk');
    await choose(form, 'f-contactKind', 'do-not-contact');
    await continueTo(form, '#f-purposes');
    await choose(form, 'f-purposes', 'provide-support');
    await choose(form, 'f-purposes', 'refer-onward');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo(form, '[part~="submit-button"]');
    await form.locator('[part~="submit-button"]').click();
    reference = await referenceShown(form);
  });

  it('the point of contact accepts it and refers it to Spain from the case, by keyboard', async () => {
    await openPage(page, '/staff.html');
    const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
    await row.locator('button.open').focus();
    await page.keyboard.press('Enter');
    const view = page.locator('vr-referral-case');
    await eventually(async () => expect(await view.locator('article').textContent()).toContain(name));
    await view.locator('[data-action="accepted"]').press('Enter');
    await view.locator('[data-action="onward"]').press('Enter');
    const finder = view.locator('vr-service-finder');
    await selectFilter(finder, 'country', 'ES');
    const card = (await resultCards(finder)).first();
    const service = (await card.locator('h3').textContent())?.trim() ?? '';
    await card.locator('[part~="select-button"]').press('Enter');
    await eventually(async () => expect(await view.locator('[part="actions"]').textContent()).toContain(service));
    await expectNoAxeViolations(page);
    await view.locator('[data-action="onward-confirm"]').press('Enter');
    await eventually(async () => expect(await view.locator('#onward-done').textContent()).toMatch(/VR-/));

    if (!madrid) throw new Error('The seeds have no member in Spain');
    const receiver = clientFor(madrid);
    const { items } = await receiver.referrals.list({ box: 'inbox', limit: 100 });
    const opened = await Promise.all(
      items.filter((referral) => referral.basedOn !== undefined).map((referral) => receiver.referrals.open(referral)),
    );
    expect(opened.map((referral) => referral.victim?.name)).toContain(name);
  });

  it('quick exit mid-case leaves nothing of the victim behind', async () => {
    const view = page.locator('vr-referral-case');
    await eventually(async () => expect(await view.locator('article').textContent()).toContain(name));
    await view.locator('#message-body').fill(`Calling ${name} tomorrow`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(neutralSite);

    await page.goBack();
    await eventually(async () => expect(page.url()).toBe(`${siteUrl()}/contact-us.html`));
    const shown = await page.evaluate(() =>
      [
        document.documentElement.outerHTML,
        ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot?.innerHTML ?? ''),
      ].join(''),
    );
    expect(shown).not.toContain(name);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  });
});
