// The React example, built by Vite from the widgets' npm build, in Chromium against the sandbox: a
// visitor picks a service in the finder, React hands it to the form as a property, and the form's
// `vr-referral-submitted` event reaches React's listener with the reference of the new referral.
import AxeBuilder from '@axe-core/playwright';
import { createReferralClient } from '@victim-referral/client';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

let browser: Browser;
let page: Page;
const problems: string[] = [];
const summary = `react example: bag stolen on the tram (${crypto.randomUUID().slice(0, 8)})`;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
});
afterAll(() => browser.close());

async function expectNoAxeViolations() {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** Ticks the choice whose value is `value` in the group `groupId` of the form. */
async function choose(groupId: string, value: string) {
  const form = page.locator('vr-referral-form');
  const index = await form
    .locator(`#${groupId} input`)
    .evaluateAll((inputs, wanted) => inputs.findIndex((input) => (input as HTMLInputElement).value === wanted), value);
  expect(index, `${value} in ${groupId}`).toBeGreaterThanOrEqual(0);
  await form.locator(`#${groupId}-${index}`).check();
}

async function continueTo(nextField: string) {
  const form = page.locator('vr-referral-form');
  await form.locator('form .actions button[type="submit"]').click();
  await form.locator(nextField).first().waitFor();
}

describe('React 19 example app', () => {
  let serviceId = '';

  it('renders the finder with services from the sandbox', async () => {
    await page.goto(inject('siteUrl'));
    const cards = page.locator('vr-service-finder article.card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });

  it('passes the service chosen in the finder to the form as a property', async () => {
    const first = page.locator('vr-service-finder article.card').first();
    serviceId = (await first.getAttribute('data-service-id')) ?? '';
    const name = (await first.locator('h3, h2').first().textContent())?.trim() ?? '';
    await first.locator('[part~="details-button"]').click();
    await page.locator('vr-service-finder [part~="detail"] [part~="select-button"]').click();

    await expect.poll(() => page.locator('#ask-title').textContent()).toBe(`Ask ${name} for support`);
    expect(
      await page
        .locator('vr-referral-form')
        .evaluate((form) => (form as HTMLElement & { service: { id: string } }).service.id),
    ).toBe(serviceId);
    await page.locator('vr-referral-form #f-assistance').waitFor();
    await expectNoAxeViolations();
  });

  it('hears vr-referral-submitted with the reference of the referral the sandbox holds', async () => {
    const form = page.locator('vr-referral-form');
    await choose('f-assistance', 'emotional-support');
    await choose('f-victimTypes', 'robbery-theft');
    await form.locator('#f-caseSummary').fill(summary);
    await continueTo('#f-name');
    await form.locator('#f-name').fill('Ana');
    await choose('f-languages', 'pt');
    await choose('f-contactKind', 'safe-contact');
    await choose('f-channels', 'email');
    await form.locator('#f-email').fill('ana@example.org');
    await continueTo('#f-purposes');
    await choose('f-purposes', 'provide-support');
    await choose('f-purposes', 'contact-victim');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo('[part~="submit-button"]');
    await form.locator('[part~="submit-button"]').click();

    const shown = page.locator('#sent strong');
    await shown.waitFor();
    const reference = (await shown.textContent())?.trim();
    expect(reference).toMatch(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect((await form.locator('[part~="reference"]').textContent())?.trim()).toBe(reference);

    const client = createReferralClient({ baseUrl: inject('apiBase'), auth: { token: inject('contactToken') } });
    const received = [];
    for await (const referral of client.referrals.listAll({ box: 'inbox' })) {
      if (referral.caseSummary === summary) received.push(referral);
    }
    expect(received).toMatchObject([{ reference, serviceId, kind: 'self' }]);
    await expectNoAxeViolations();
  });

  it('logged no error and kept the victim’s data out of the URL', () => {
    expect(problems).toEqual([]);
    expect(page.url()).not.toContain('Ana');
  });
});
