// Journey 3: the connection drops while a self-referral is being sent, after the server has
// already created it. The user retries; the same idempotency key makes that the same referral.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, newPage } from '../browser.js';
import {
  apiBase,
  choose,
  continueTo,
  hostOrganisation,
  openPage,
  referenceShown,
  referralsWithSummary,
  uniqueSummary,
} from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

describe('journey 3: the network drops at submission', () => {
  const summary = uniqueSummary('journey 3');

  it('keeps what was typed, retries with the same key and leaves exactly one referral', async () => {
    await openPage(page, '/contact-us.html');
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'emotional-support');
    await choose(form, 'f-victimTypes', 'robbery-theft');
    await form.locator('#f-caseSummary').fill(summary);
    await continueTo(form, '#f-name');
    await form.locator('#f-name').fill('Ana');
    await choose(form, 'f-languages', 'pt');
    await choose(form, 'f-contactKind', 'safe-contact');
    await choose(form, 'f-channels', 'phone');
    await form.locator('#f-phone').fill('+351912345678');
    await continueTo(form, '#f-purposes');
    await choose(form, 'f-purposes', 'provide-support');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo(form, '[part~="submit-button"]');

    // The first create reaches the server, which stores the referral, but its answer never
    // arrives; then the network stays down through the client's own retries.
    const idempotencyKeys: string[] = [];
    let networkUp = false;
    let attempts = 0;
    await page.route(`${apiBase()}/v1/referrals`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      idempotencyKeys.push((await route.request().headerValue('idempotency-key')) ?? '');
      attempts += 1;
      if (networkUp) return route.continue();
      if (attempts === 1) await route.fetch();
      await route.abort('connectionreset');
    });

    await form.locator('[part~="submit-button"]').click();
    const failure = form.locator('[part~="failure"]');
    await failure.waitFor();
    await expectNoAxeViolations(page);
    expect(await referralsWithSummary(hostOrganisation(), 'inbox', summary)).toHaveLength(1);

    networkUp = true;
    await failure.locator('[part~="retry-button"]').click();
    const reference = await referenceShown(form);

    const referrals = await referralsWithSummary(hostOrganisation(), 'inbox', summary);
    expect(referrals.map((referral) => referral.reference)).toEqual([reference]);
    expect(new Set(idempotencyKeys).size).toBe(1);
    expect(idempotencyKeys.length).toBeGreaterThanOrEqual(2);
    expect(await form.locator('#f-caseSummary').count()).toBe(0);
  });
});
