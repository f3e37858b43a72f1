/** What a journey is, and the steps journeys share: one file per journey in this folder. */
import { createReferralClient, type OpenedReferral } from '@victim-referral/client';
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

/**
 * Every referral of the host organisation's inbox with this case summary (journeys use a unique
 * one), opened with the organisation's private keys: the form sealed it in the browser.
 */
export async function inboxReferralsWithSummary(summary: string): Promise<OpenedReferral[]> {
  const host = site.host();
  const client = createReferralClient({
    baseUrl: inject('apiBase'),
    auth: { token: host.contactToken },
    sealing: { organisationId: host.id, privateKeys: host.privateKeys },
  });
  const found: OpenedReferral[] = [];
  for await (const referral of client.referrals.listAll({ box: 'inbox' })) {
    const opened = await client.referrals.open(referral);
    if (opened.caseSummary === summary) found.push(opened);
  }
  return found;
}
