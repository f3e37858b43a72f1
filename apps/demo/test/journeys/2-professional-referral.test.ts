// Journey 2: the Portuguese member's point of contact refers an urgent case to a service in Spain;
// the Spanish member accepts it through the client; the sender's outbox shows the new status.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, newPage } from '../browser.js';
import {
  choose,
  clientFor,
  continueTo,
  eventually,
  hostOrganisation,
  openPage,
  organisationById,
  referenceShown,
  referralsWithSummary,
  resultCards,
  selectFilter,
  uniqueSummary,
} from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

describe('journey 2: a point of contact refers an urgent case abroad and follows it', () => {
  const summary = uniqueSummary('journey 2');
  let receiverId = '';
  let reference = '';

  it('chooses a service in Spain on the staff page', async () => {
    await openPage(page, '/staff.html');
    await expectNoAxeViolations(page);
    const finder = page.locator('vr-service-finder');
    await selectFilter(finder, 'country', 'ES');
    // The search with both filters answered: the cards shown after it are Spain's.
    await Promise.all([
      page.waitForResponse(
        (response) => /[?&]country=ES\b/.test(response.url()) && response.url().includes('robbery-theft'),
      ),
      selectFilter(finder, 'victimType', 'robbery-theft'),
    ]);
    const card = (await resultCards(finder)).first();
    await card.locator('[part~="select-button"]').click();
    const form = page.locator('vr-referral-form');
    await form.locator('#f-assistance').waitFor();
    receiverId = await form.evaluate(
      (element) => (element as HTMLElement & { service: { organisationId: string } }).service.organisationId,
    );
    expect(organisationById(receiverId).country).toBe('ES');
  });

  it('refers the case with priority urgent', async () => {
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'practical-support');
    await choose(form, 'f-assistance', 'repatriation-support');
    await choose(form, 'f-victimTypes', 'robbery-theft');
    await form.locator('#f-caseSummary').fill(summary);
    await continueTo(form, '#f-name');

    await form.locator('#f-name').fill('J. K.');
    await choose(form, 'f-languages', 'en');
    await choose(form, 'f-contactKind', 'do-not-contact');
    await continueTo(form, '#f-crimePlace');

    await form.locator('#f-crimeCountry').selectOption('ES');
    await form.locator('#f-residenceCountry').selectOption('PT');
    await choose(form, 'f-interpreterNeeded', 'yes');
    await continueTo(form, '#f-riskLevel');

    await choose(form, 'f-riskLevel', 'high');
    await choose(form, 'f-protectionNeeds', 'interpreter');
    await continueTo(form, '#f-purposes');

    await choose(form, 'f-purposes', 'provide-support');
    await form.locator('#f-withdrawalExplained').check();
    await choose(form, 'f-method', 'verbal');
    await form.locator('#f-explicit').check();
    await continueTo(form, '#f-priority');
    await expectNoAxeViolations(page);

    await choose(form, 'f-priority', 'urgent');
    await continueTo(form, '[part~="submit-button"]');
    await form.locator('[part~="submit-button"]').click();
    reference = await referenceShown(form);
    await expectNoAxeViolations(page);

    await page.locator('vr-referral-inbox #tab-outbox').click();
    const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
    await eventually(async () => expect(await row.textContent()).toContain('Sent'));
  });

  it('shows the status once the receiver has accepted through the client', async () => {
    const receiver = clientFor(organisationById(receiverId));
    const [received] = await referralsWithSummary(organisationById(receiverId), 'inbox', summary);
    expect(received).toMatchObject({
      reference,
      kind: 'professional',
      priority: 'urgent',
      referringOrganisationId: hostOrganisation().id,
      victim: { contact: { kind: 'do-not-contact' } },
      assessment: { riskLevel: 'high', protectionNeeds: ['interpreter'] },
      crossBorder: { crimeCountry: 'ES', residenceCountry: 'PT', interpreterNeeded: true },
    });
    const dueWithinADay = Date.parse(received?.responseDueAt ?? '') - Date.parse(received?.sentAt ?? '');
    expect(dueWithinADay).toBeLessThanOrEqual(24 * 3_600_000);
    await receiver.referrals.accept(received?.id ?? '');

    const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
    await eventually(async () => expect(await row.textContent()).toContain('Accepted'));
    await expectNoAxeViolations(page);
  });
});
