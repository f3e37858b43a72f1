// A victim who uses the keyboard alone presses Continue without answering: the error summary takes
// the focus, its first link takes them to the question, and Space answers it.
import { expect } from 'vitest';
import type { Tab } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage } from './journey.js';

/** Whether the focused element, found through the shadow roots it is in, matches `selector`. */
function focusedMatches(selector: string): boolean {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused?.matches(selector) ?? false;
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(tab: Tab, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await tab.press('Tab');
    if (await tab.evaluate(focusedMatches, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export const keyboard: Journey = {
  name: 'with the keyboard alone, the error summary leads to the unanswered question',
  async run(tab) {
    await openPage(tab, '/contact-us.html');
    await tab.waitForElement('vr-referral-form >>> #f-assistance');

    await tabTo(tab, 'form .actions button[type="submit"]');
    await tab.press('Enter');
    await tab.waitFor(focusedMatches, 'the error summary to take the focus', '#error-summary');

    await tabTo(tab, '#error-summary a[href="#f-assistance-0"]');
    await tab.press('Enter');
    await tab.waitFor(focusedMatches, 'the first choice of help to take the focus', '#f-assistance-0');
    await tab.press('Space');
    expect(
      await tab.evaluateOn('vr-referral-form >>> #f-assistance-0', (box) => (box as HTMLInputElement).checked),
    ).toBe(true);
    await expectCleanPage(tab);
  },
};
