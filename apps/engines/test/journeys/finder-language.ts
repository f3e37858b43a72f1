// On a member page in Polish, or in Arabic, the finder loads its language's strings (a separate
// chunk of the CDN build) and lists services in that language, right to left in Arabic on its own
// (the page sets only `lang`).
import { expect } from 'vitest';
import { ar } from '../../../../packages/widgets/src/i18n/locales/ar.js';
import { pl } from '../../../../packages/widgets/src/i18n/locales/pl.js';
import { waitUntil } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage } from './journey.js';

const pages = [
  { path: '/find-help-pl.html', searchLabel: pl.finder.searchLabel, direction: 'ltr' },
  { path: '/find-help-ar.html', searchLabel: ar.finder.searchLabel, direction: 'rtl' },
];

export const finderLanguage: Journey = {
  name: "the finder speaks the page's language, right to left in Arabic",
  async run(tab) {
    for (const page of pages) {
      await openPage(tab, page.path);
      await waitUntil(
        async () => (await tab.texts('vr-service-finder >>> label[for="query"]'))[0] === page.searchLabel,
        `the search label "${page.searchLabel}" on ${page.path}`,
      );
      await tab.waitForElement('vr-service-finder >>> article.card');
      const direction = await tab.evaluateOn(
        'vr-service-finder >>> article.card',
        (card) => getComputedStyle(card).direction,
      );
      expect(direction).toBe(page.direction);
      await expectCleanPage(tab);
    }
  },
};
