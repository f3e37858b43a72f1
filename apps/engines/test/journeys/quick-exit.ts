// Someone walks in while the victim is half-way through the form: Shift pressed three times, or
// the Exit button, leaves for a neutral site at once, and Back does not bring the form back.
import { expect } from 'vitest';
import type { Tab } from '../../src/tab.js';
import { choose, fill } from './form-steps.js';
import { expectCleanPage, type Journey, openPage, site, waitForWidgets } from './journey.js';

const typedText = 'My partner hurts me and checks my phone';

async function leaveHalfWayThroughTheForm(tab: Tab, leave: () => Promise<void>): Promise<void> {
  await openPage(tab, '/');
  await tab.click('#contact-us');
  await tab.waitForUrl((url) => url === site.url('/contact-us.html'), 'the contact page');
  await waitForWidgets(tab);
  await choose(tab, 'f-assistance', 'shelter');
  await fill(tab, 'f-caseSummary', typedText);
  await expectCleanPage(tab);

  await leave();
  await tab.waitForUrl((url) => url === site.exitUrl(), 'the neutral site');

  await tab.back();
  await tab.waitForUrl((url) => url === site.url('/'), 'the page before the form');
  const shown = await tab.evaluate(() =>
    [document.documentElement, ...[...document.querySelectorAll('*')].flatMap((e) => e.shadowRoot ?? [])]
      .map((node) => node.textContent)
      .join(' '),
  );
  expect(shown).not.toContain(typedText);
}

export const quickExitByShift: Journey = {
  name: 'Shift three times leaves the page, and Back does not return to it',
  run: (tab) =>
    leaveHalfWayThroughTheForm(tab, async () => {
      for (let press = 0; press < 3; press++) await tab.press('Shift');
    }),
};

export const quickExitByButton: Journey = {
  name: 'the Exit button leaves the page, and Back does not return to it',
  run: (tab) => leaveHalfWayThroughTheForm(tab, () => tab.click('vr-quick-exit >>> button')),
};
