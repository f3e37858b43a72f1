// Journey 6: a victim asks for help on the member's site, writes down the reference and the secret
// code from the confirmation, comes back later to check the request, and withdraws consent.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, newPage, recordCspViolations } from '../browser.js';
import {
  choose,
  clientFor,
  continueTo,
  eventually,
  hostOrganisation,
  openPage,
  referenceShown,
  resultCards,
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

/** Everything the page keeps where someone else on the device could find it. */
async function keptOnTheDevice(page: Page): Promise<string> {
  const stored = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]),
  );
  return `${page.url()} ${stored}`;
}

describe('journey 8: a victim follows their own request and withdraws consent', () => {
  const summary = uniqueSummary('journey 8');
  const written = { reference: '', secret: '' };

  it('asks for help and writes down the reference and the secret code shown once', async () => {
    await openPage(page, '/find-help.html');
    const finder = page.locator('vr-service-finder');
    const card = (await resultCards(finder)).first();
    await card.locator('[part~="select-button"]').click();
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'emotional-support');
    await choose(form, 'f-victimTypes', 'robbery-theft');
    await form.locator('#f-caseSummary').fill(summary);
    await continueTo(form, '#f-name');
    await form.locator('#f-name').fill('Lena');
    await choose(form, 'f-languages', 'en');
    await choose(form, 'f-contactKind', 'do-not-contact');
    await continueTo(form, '#f-purposes');
    await choose(form, 'f-purposes', 'provide-support');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo(form, '[part~="submit-button"]');
    await form.locator('[part~="submit-button"]').click();
    written.reference = await referenceShown(form);

    const followUp = form.locator('[part="follow-up"]');
    expect(await followUp.textContent()).toContain('Do not take a screenshot');
    written.secret = ((await form.locator('[part="follow-up-secret"]').textContent()) ?? '').trim();
    expect(written.secret.replace(/\s/g, '').length).toBeGreaterThanOrEqual(22);
    await expectNoAxeViolations(page);
    await followUp.getByRole('button', { name: 'I have written it down: hide the code' }).click();
    await eventually(async () => expect(await form.locator('[part="follow-up-secret"]').count()).toBe(0));
    expect(await keptOnTheDevice(page)).not.toContain(written.secret.replace(/\s/g, '').slice(0, 12));
  });

  it('comes back later and sees the request in plain words', async () => {
    await openPage(page, '/find-help.html');
    const status = page.locator('vr-referral-status');
    await status.locator('#reference').fill(written.reference);
    await status.locator('#secret').fill(written.secret);
    expect(await status.locator('#secret').evaluate((input) => input.className)).toBe('masked');
    await status.locator('[part~="check-button"]').click();
    await eventually(async () =>
      expect(await status.locator('[part="status"]').textContent()).toBe(
        'Your request has been sent. The organisation has not opened it yet.',
      ),
    );
    expect(await status.locator('[part="result"]').textContent()).toContain(hostOrganisation().name);
    await expectNoAxeViolations(page);
  });

  it('withdraws consent after reading what it means, and the member sees it', async () => {
    const status = page.locator('vr-referral-status');
    await status.locator('[part~="withdraw-button"]').click();
    expect(await status.locator('[part="withdraw-check"]').textContent()).toContain(
      'You do not need to give a reason.',
    );
    await expectNoAxeViolations(page);
    await status.locator('[part~="withdraw-confirm-button"]').click();
    await eventually(async () =>
      expect(await status.locator('[part="withdrawn"]').textContent()).toContain('Your consent has been withdrawn'),
    );
    await expectNoAxeViolations(page);

    // Withdrawing erased the case summary: the member finds the referral by its reference.
    const inbox = clientFor(hostOrganisation()).referrals.listAll({ box: 'inbox' });
    let statusSeen: string | undefined;
    for await (const referral of inbox) if (referral.reference === written.reference) statusSeen = referral.status;
    expect(statusSeen).toBe('withdrawn-consent');
  });

  it('kept the secret out of the URL and the browser storage, with no CSP violation', async () => {
    expect(await keptOnTheDevice(page)).not.toContain(written.secret.replace(/\s/g, '').slice(0, 12));
    expect(cspViolations).toEqual([]);
  });
});
