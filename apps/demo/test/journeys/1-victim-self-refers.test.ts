// Journey 1: a Polish victim, robbed in Lisbon and back home, searches the Portuguese member's site
// for help in Poland, in Polish, and asks to be contacted. The member's inbox holds exactly that.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportedLocales } from '../../../../packages/widgets/src/i18n/locales/index.js';
import { pl } from '../../../../packages/widgets/src/i18n/locales/pl.js';
import { expectNoAxeViolations, launchChromium, newPage, recordCspViolations } from '../browser.js';
import {
  choose,
  continueTo,
  eventually,
  hostOrganisation,
  openPage,
  referenceShown,
  referralsWithSummary,
  resultCards,
  selectFilter,
  uniqueSummary,
} from '../site.js';

let browser: Browser;
let page: Page;
let cspViolations: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
  cspViolations = await recordCspViolations(page);
});
afterAll(() => browser.close());

describe('journey 1: a victim finds help abroad in their own language and self-refers', () => {
  const summary = uniqueSummary('journey 1');
  let chosenServiceId = '';

  it('offers every shipped language by its own name, and shows the finder in Polish once chosen', async () => {
    await openPage(page, '/find-help.html');
    await expectNoAxeViolations(page);
    const offered = await page
      .locator('#site-language option')
      .evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]));
    expect(offered.map(([language]) => language)).toEqual([...supportedLocales]);
    expect(offered).toContainEqual(['pl', 'Polski']);
    await page.locator('#site-language').selectOption('pl');
    const finder = page.locator('vr-service-finder');
    await eventually(async () =>
      expect(await finder.locator('label[for="query"]').textContent()).toBe(pl.finder.searchLabel),
    );
  });

  it('filters by country, victim type and language and opens a service', async () => {
    const finder = page.locator('vr-service-finder');
    await selectFilter(finder, 'country', 'PL');
    await selectFilter(finder, 'victimType', 'robbery-theft');
    await selectFilter(finder, 'language', 'pl');
    const cards = await resultCards(finder);
    await eventually(async () => {
      for (const text of await cards.allTextContents()) expect(text).toMatch(/Warszawa|Kraków|Gdańsk|Wrocław|Poznań/);
    });
    await expectNoAxeViolations(page);

    const first = cards.first();
    chosenServiceId = (await first.getAttribute('data-service-id')) ?? '';
    await first.locator('[part~="details-button"]').click();
    await finder.locator('#detail-title').waitFor();
    await expectNoAxeViolations(page);
    await finder.locator('[part~="detail"] [part~="select-button"]').click();
  });

  it('asks for contact in Polish and sees the reference', async () => {
    const form = page.locator('vr-referral-form');
    await form.locator('#f-assistance').waitFor();
    expect(await form.locator('#step-title').textContent()).toContain(pl.form.steps.needs);

    await choose(form, 'f-assistance', 'emotional-support');
    await choose(form, 'f-assistance', 'compensation-claims');
    await choose(form, 'f-victimTypes', 'robbery-theft');
    await form.locator('#f-caseSummary').fill(summary);
    await continueTo(form, '#f-name');

    await form.locator('#f-name').fill('Marta');
    await choose(form, 'f-languages', 'pl');
    await choose(form, 'f-contactKind', 'safe-contact');
    await choose(form, 'f-channels', 'email');
    await form.locator('#f-email').fill('marta@example.org');
    await form.locator('#f-safeTimes').fill('Po 18:00');
    await continueTo(form, '#f-purposes');
    await expectNoAxeViolations(page);

    await choose(form, 'f-purposes', 'provide-support');
    await choose(form, 'f-purposes', 'contact-victim');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo(form, '[part~="submit-button"]');
    await expectNoAxeViolations(page);

    await form.locator('[part~="submit-button"]').click();
    const reference = await referenceShown(form);
    await expectNoAxeViolations(page);

    const [referral, ...others] = await referralsWithSummary(hostOrganisation().contactToken, 'inbox', summary);
    expect(others).toEqual([]);
    expect(referral).toMatchObject({
      reference,
      kind: 'self',
      status: 'sent',
      serviceId: chosenServiceId,
      referringOrganisationId: hostOrganisation().id,
      receivingOrganisationId: hostOrganisation().id,
      needs: { assistance: ['emotional-support', 'compensation-claims'], victimTypes: ['robbery-theft'] },
      victim: {
        name: 'Marta',
        languages: ['pl'],
        contact: {
          kind: 'safe-contact',
          channels: [{ method: 'email', email: 'marta@example.org' }],
          safeTimes: 'Po 18:00',
        },
      },
      consent: { explicit: true, purposes: ['provide-support', 'contact-victim'], withdrawalExplained: true },
    });
  });

  it('kept the page free of CSP violations and the victim data out of the URL', () => {
    expect(cspViolations).toEqual([]);
    expect(page.url()).not.toContain('Marta');
  });
});
