// The service finder lists the network's services, and narrows them by country, then by what the
// victim types into the search box.
import { expect } from 'vitest';
import { waitUntil } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage } from './journey.js';

const cards = 'vr-service-finder >>> article.card';

export const finder: Journey = {
  name: 'the finder shows services and filters them',
  async run(tab) {
    await openPage(tab, '/find-help.html');
    const all = await waitUntil(async () => everyCard(await tab.texts(cards), () => true), 'services listed');
    expect(all.some((card) => !card.includes('Poland'))).toBe(true);

    // The country options come from the organisations, loaded beside the first search.
    await tab.waitForElement('vr-service-finder >>> #filter-country option[value="PL"]');
    await tab.select('vr-service-finder >>> #filter-country', 'PL');
    const inPoland = await waitUntil(
      async () => everyCard(await tab.texts(cards), (card) => card.includes('Poland')),
      'only services in Poland listed',
    );
    expect(inPoland.some((card) => !card.includes('Kraków'))).toBe(true);

    await tab.type('vr-service-finder >>> #query', 'Kraków');
    await waitUntil(
      async () => everyCard(await tab.texts(cards), (card) => card.includes('Poland') && card.includes('Kraków')),
      'only services in Kraków listed',
    );
    await expectCleanPage(tab);
  },
};

/** The cards, when there are some and each satisfies `holds`. */
function everyCard(texts: string[], holds: (card: string) => boolean): string[] | undefined {
  return texts.length > 0 && texts.every(holds) ? texts : undefined;
}
