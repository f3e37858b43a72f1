/** What a journey is, and the steps journeys share: one file per journey in this folder. */
import { createReferralClient } from '@victim-referral/client';
import type { Referral } from '@victim-referral/schemas';
import { expect, inject } from 'vitest';
import type { Tab } from '../../src/tab.js';

export interface Journey {
  /** What a person does and what holds afterwards, e.g. "a victim refers themselves". */
  readonly name: string;
  /** Runs in a fresh tab (empty history, no storage) of one engine. */
  run(tab: Tab): Promise<void>;
}

export const site = {
  url: (path: string) => `${inject('siteUrl')}${path}`,
  exitUrl: () => inject('exitUrl'),
  host: () => inject('host'),
};

/** Opens a page of the test site and waits until the CDN build has defined the widgets on it. */
export async function openPage(tab: Tab, path: string): Promise<void> {
  await tab.goto(site.url(path));
  await waitForWidgets(tab);
}

export async function waitForWidgets(tab: Tab): Promise<void> {
  await tab.waitFor(() => {
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('vr-'));
    return widgets.length > 0 && widgets.every((element) => element.matches(':defined'));
  }, 'the widgets on the page to be defined');
}

/** No console error, uncaught exception or CSP violation on the page so far. */
export async function expectCleanPage(tab: Tab): Promise<void> {
  const problems = { consoleErrors: await tab.consoleErrors(), cspViolations: await tab.cspViolations() };
  expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
}

/** Every referral of the host organisation's inbox with this case summary: journeys use a unique one. */
export async function inboxReferralsWithSummary(summary: string): Promise<Referral[]> {
  const client = createReferralClient({ baseUrl: inject('apiBase'), auth: { token: site.host().contactToken } });
  const found: Referral[] = [];
  for await (const referral of client.referrals.listAll({ box: 'inbox' })) {
    if (referral.caseSummary === summary) found.push(referral);
  }
  return found;
}
