// The finder's map: Leaflet in a shadow root under the strict CSP draws the services on its own
// outline of Europe, and a victim using the keyboard alone zooms into clusters and opens a place.
import type { Tab } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage } from './journey.js';

const map = 'vr-service-finder >>> vr-service-map';

/** Whether the focused element, found through the shadow roots it is in, matches `selector`. */
function focusedMatches(selector: string): boolean {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused?.matches(selector) ?? false;
}

/** The `data-key` of the focused marker or cluster ('' when none has the focus). */
function focusedKey(): string {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused?.getAttribute('data-key') ?? '';
}

async function tabTo(tab: Tab, selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await tab.press('Tab');
    if (await tab.evaluate(focusedMatches, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export const serviceMap: Journey = {
  name: 'the map shows the services and opens a place with the keyboard',
  async run(tab) {
    await openPage(tab, '/find-help.html');
    await tab.waitForElement('vr-service-finder >>> article.card');
    await tab.click('vr-service-finder >>> .view-switch button:last-child');
    await tab.waitForElement(`${map} >>> path.base-land`);
    await tab.waitForElement(`${map} >>> .vr-cluster, .vr-marker`);

    await tabTo(tab, '.vr-cluster, .vr-marker');
    for (let depth = 0; depth < 20 && (await tab.evaluate(focusedMatches, '.vr-cluster')); depth++) {
      const before = await tab.evaluate(focusedKey);
      await tab.press('Enter');
      await tab.waitFor(
        (key: string) => {
          let focused = document.activeElement;
          while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
          const now = focused?.getAttribute('data-key') ?? '';
          return now !== '' && now !== key;
        },
        'the cluster’s first member to take the focus',
        before,
      );
    }
    await tab.press('Enter');
    await tab.waitFor(focusedMatches, 'the opened place to take the focus', '#place-title');
    await expectCleanPage(tab);
  },
};
