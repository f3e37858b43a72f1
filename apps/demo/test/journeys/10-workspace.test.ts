// Journey 10: the point of contact's workspace. Lisbon refers an urgent case to Madrid, sealed; on
// the staff page, acting as Madrid, the inbox shows it flagged with the time left; Madrid opens it
// (the victim's name opened by the member's backend) and asks a question; Lisbon answers in its case
// view; Madrid accepts, starts and completes it; Lisbon's outbox shows it completed. All by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, newPage } from '../browser.js';
import { clientFor, credentials, eventually, hostOrganisation, openPage, uniqueSummary } from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

/** Signs the staff page in as the point of contact of `organisationId` (the demo backend's switch). */
async function actAs(organisationId: string): Promise<void> {
  await page.locator('#acting-as').selectOption(organisationId);
  await Promise.all([
    page.waitForURL(/\/staff\.html$/),
    page.locator('.acting-as button[type="submit"]').press('Enter'),
  ]);
  await page.locator('vr-referral-inbox tbody tr').first().waitFor();
}

/** Opens the referral of the shown box with this reference from its row, by keyboard. */
async function openByKeyboard(reference: string): Promise<void> {
  const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
  await row.locator('button.open').focus();
  await page.keyboard.press('Enter');
}

describe('journey 10: a referral received, decided and discussed in the workspace', () => {
  const summary = uniqueSummary('journey 10');
  const madrid = credentials().organisations.find((organisation) => organisation.country === 'ES');
  let reference = '';
  let referralId = '';

  it('Lisbon refers an urgent case to Madrid', async () => {
    if (!madrid) throw new Error('The seeds have no member in Spain');
    const created = await clientFor(hostOrganisation()).referrals.create({
      receivingOrganisationId: madrid.id,
      status: 'sent',
      priority: 'urgent',
      needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
      caseSummary: summary,
      victim: { name: 'Inês M.', languages: ['pt', 'es'], contact: { kind: 'do-not-contact' } },
      consent: {
        explicit: true,
        recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        method: 'verbal',
        dataShared: ['identity', 'needs', 'case-summary'],
        purposes: ['provide-support'],
        sharedWith: 'receiving-organisation',
        withdrawalExplained: true,
      },
    });
    reference = created.reference;
    referralId = created.id;
  });

  it("Madrid's inbox shows it flagged with the time left, and it opens by keyboard", async () => {
    await openPage(page, '/staff.html');
    await actAs(madrid?.id ?? '');
    const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
    await eventually(async () =>
      expect(await row.locator('.flag.due-soon').textContent()).toMatch(/^Answer in 2[0-4] hours$/),
    );
    await expect(await row.locator('.flag.priority').textContent()).toBe('Urgent');
    await expectNoAxeViolations(page);
    await openByKeyboard(reference);
    const view = page.locator('vr-referral-case');
    await eventually(async () => expect(await view.locator('article').textContent()).toContain('Inês M.'));
    await expect(await view.locator('[part="do-not-contact"]').textContent()).toContain('Do not contact');
    await expectNoAxeViolations(page);
  });

  it('Madrid asks a question', async () => {
    const view = page.locator('vr-referral-case');
    await view.locator('#message-body').fill('Does she prefer Spanish or Portuguese on the phone?');
    await view.locator('.composer button[type="submit"]').press('Enter');
    await eventually(async () =>
      expect(await view.locator('.messages').textContent()).toContain('Spanish or Portuguese'),
    );
  });

  it('Lisbon reads the question in its case view and answers', async () => {
    await actAs(hostOrganisation().id);
    await page.locator('vr-referral-inbox #tab-outbox').press('Enter');
    await openByKeyboard(reference);
    const view = page.locator('vr-referral-case');
    await eventually(async () =>
      expect(await view.locator('.messages').textContent()).toContain('Spanish or Portuguese'),
    );
    await view.locator('#message-body').fill('Portuguese, please; she reads Spanish.');
    await view.locator('.composer button[type="submit"]').press('Enter');
    await eventually(async () => expect(await view.locator('.messages').textContent()).toContain('she reads Spanish'));
    await expectNoAxeViolations(page);
  });

  it('Madrid sees the answer, then accepts, starts and completes the case', async () => {
    await actAs(madrid?.id ?? '');
    await openByKeyboard(reference);
    const view = page.locator('vr-referral-case');
    await eventually(async () => expect(await view.locator('.messages').textContent()).toContain('she reads Spanish'));
    const status = view.locator('.summary dd').nth(4);
    for (const [action, shown] of [
      ['accepted', 'Accepted'],
      ['in-progress', 'In progress'],
    ] as const) {
      await view.locator(`[data-action="${action}"]`).press('Enter');
      await eventually(async () => expect(await status.textContent()).toBe(shown));
    }
    await view.locator('[data-action="completed"]').press('Enter');
    await view.locator('#outcome').selectOption('support-provided');
    await view.locator('.decision button[type="submit"]').press('Enter');
    await eventually(async () => expect(await status.textContent()).toBe('Completed'));
    await expect(await view.locator('[part="thread-closed"]').textContent()).toContain('The discussion is closed');
    await expectNoAxeViolations(page);
    const lisbon = clientFor(hostOrganisation());
    const messages = await Promise.all(
      (await lisbon.messages.list(referralId)).items.map((message) => lisbon.messages.open(message)),
    );
    expect(messages.map((message) => message.body)).toEqual([
      'Does she prefer Spanish or Portuguese on the phone?',
      'Portuguese, please; she reads Spanish.',
    ]);
  });

  it("Lisbon's outbox shows the case completed", async () => {
    await actAs(hostOrganisation().id);
    await page.locator('vr-referral-inbox #tab-outbox').press('Enter');
    const row = page.locator('vr-referral-inbox tbody tr', { hasText: reference });
    await eventually(async () => expect(await row.textContent()).toContain('Completed'));
    await expectNoAxeViolations(page);
  });
});
