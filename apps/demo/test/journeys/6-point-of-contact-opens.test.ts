// Journey 6: a victim asks for help on the member's site. The form seals what they wrote in the
// browser, to the member's published key; the sandbox stores and answers only ciphertext. The
// member's point of contact opens the case with the private key from the credentials file and
// finds the victim's name exactly as it was typed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage } from '../browser.js';
import { choose, clientFor, continueTo, hostOrganisation, openPage, referenceShown } from '../site.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(() => browser.close());

describe('journey 6: the receiving point of contact opens the case the victim sent', () => {
  const name = `Zofia ${crypto.randomUUID().slice(0, 8)}`;
  let reference = '';

  it("sends the victim's request sealed from the browser", async () => {
    await openPage(page, '/contact-us.html');
    const form = page.locator('vr-referral-form');
    await choose(form, 'f-assistance', 'emotional-support');
    await choose(form, 'f-victimTypes', 'violent-crime');
    await form.locator('#f-caseSummary').fill('Attacked on the way home; afraid to go out alone.');
    await continueTo(form, '#f-name');
    await form.locator('#f-name').fill(name);
    await choose(form, 'f-languages', 'pl');
    await choose(form, 'f-contactKind', 'safe-contact');
    await choose(form, 'f-channels', 'email');
    await form.locator('#f-email').fill('zofia@example.org');
    await continueTo(form, '#f-purposes');
    await choose(form, 'f-purposes', 'provide-support');
    await form.locator('#f-withdrawalExplained').check();
    await form.locator('#f-explicit').check();
    await continueTo(form, '[part~="submit-button"]');
    await form.locator('[part~="submit-button"]').click();
    reference = await referenceShown(form);
    expect(page.url()).not.toContain(name);
  });

  it("is opened by the member's point of contact with its private key, the name exactly as typed", async () => {
    const host = hostOrganisation();
    const client = clientFor(host);
    const inbox = await client.referrals.list({ box: 'inbox', limit: 100 });
    const stored = inbox.items.find((referral) => referral.reference === reference);
    if (!stored) throw new Error(`No referral ${reference} in the inbox`);
    // The server cannot seal: what it holds is what the browser sent, sealed to the member's key.
    expect(JSON.stringify(stored)).not.toContain(name);
    expect(stored).not.toHaveProperty('victim');
    expect(stored.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual(
      host.privateKeys.map((key) => key.kid),
    );

    const opened = await client.referrals.open(stored, host.privateKeys);
    expect(opened.victim?.name).toBe(name);
    expect(opened.victim?.contact).toMatchObject({ channels: [{ method: 'email', email: 'zofia@example.org' }] });
  });
});
