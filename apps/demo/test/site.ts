// Helpers for driving the demo site's widgets the way a person does. Playwright's CSS and role
// selectors pierce the widgets' open shadow roots, so selectors name what is inside them.
import { createReferralClient } from '@victim-referral/client';
import type { Referral } from '@victim-referral/schemas';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, vi } from 'vitest';

export const siteUrl = () => inject('siteUrl');
export const apiBase = () => inject('apiBase');
export const credentials = () => inject('credentials');

/** The organisation whose site the demo is, and its point of contact's client. */
export function hostOrganisation() {
  const [host] = credentials().organisations;
  if (!host) throw new Error('The sandbox has no organisations');
  return host;
}

export function organisationById(id: string) {
  const organisation = credentials().organisations.find((candidate) => candidate.id === id);
  if (!organisation) throw new Error(`No credentials for organisation ${id}`);
  return organisation;
}

export function clientFor(token: string) {
  return createReferralClient({ baseUrl: apiBase(), auth: { token } });
}

/** Every referral of a box whose case summary is `summary`: journeys use a unique one each. */
export async function referralsWithSummary(token: string, box: 'inbox' | 'outbox', summary: string) {
  const found: Referral[] = [];
  for await (const referral of clientFor(token).referrals.listAll({ box })) {
    if (referral.caseSummary === summary) found.push(referral);
  }
  return found;
}

export function uniqueSummary(journey: string): string {
  return `${journey}: robbed near the station, lost passport and phone (${crypto.randomUUID().slice(0, 8)})`;
}

/** Ticks (or selects) the choice whose value is `value` in the group `groupId` of a form. */
export async function choose(form: Locator, groupId: string, value: string): Promise<void> {
  // The form's code loads when its tag appears: wait until the group is rendered.
  await form.locator(`#${groupId} input`).first().waitFor();
  const index = await form
    .locator(`#${groupId} input`)
    .evaluateAll((inputs, wanted) => inputs.findIndex((input) => (input as HTMLInputElement).value === wanted), value);
  if (index < 0) throw new Error(`No choice "${value}" in ${groupId}`);
  await form.locator(`#${groupId}-${index}`).check();
}

/** Presses the form's Continue button and waits for the next step to show `nextField`. */
export async function continueTo(form: Locator, nextField: string): Promise<void> {
  await form.locator('form .actions button[type="submit"]').click();
  await form.locator(nextField).first().waitFor();
}

export async function selectFilter(finder: Locator, name: string, value: string): Promise<void> {
  await finder.locator(`#filter-${name}`).selectOption(value);
}

/**
 * Waits for the finder to list services, the search under way (e.g. after a filter changed) done,
 * and returns the cards. Results already shown stay, marked busy, while the next ones load.
 */
export async function resultCards(finder: Locator): Promise<Locator> {
  const cards = finder.locator('[part~="results"][aria-busy="false"] article.card');
  await cards.first().waitFor();
  return cards;
}

/** Waits until `check` passes, for what the page shows after a network round trip. */
export function eventually(check: () => Promise<void>, timeout = 15_000): Promise<void> {
  return vi.waitFor(check, { timeout, interval: 200 });
}

export async function referenceShown(form: Locator): Promise<string> {
  const reference = form.locator('[part~="reference"]');
  await reference.waitFor();
  const text = (await reference.textContent())?.trim() ?? '';
  expect(text).toMatch(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  return text;
}

/** Opens a page of the demo site and waits until the CDN file has registered the widgets. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(`${siteUrl()}${path}`);
  await eventually(async () =>
    expect(await page.evaluate(() => customElements.get('vr-quick-exit') !== undefined)).toBe(true),
  );
}
