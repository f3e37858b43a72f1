// A victim looks for the nearest help. Where the engine's driver can grant a position, "near me"
// sorts the services by distance; where it cannot (WebKit's WebDriver leaves the question
// unanswered), the finder offers the directory's towns and cities meanwhile, and a chosen town sorts
// the services. Either way nothing of the position reaches the URL or storage.
import { expect } from 'vitest';
import type { Tab } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage, site } from './journey.js';

const finder = 'vr-service-finder';
const lisbon = { latitude: 38.722252, longitude: -9.139337 };

async function distancesShown(tab: Tab): Promise<string[]> {
  return tab.waitFor(() => {
    const cards = document.querySelector('vr-service-finder')?.shadowRoot?.querySelectorAll('article.card') ?? [];
    const distances = [...cards].flatMap((card) =>
      [...card.querySelectorAll('.row')]
        .filter((row) => row.querySelector('dt')?.textContent === 'Distance')
        .map((row) => row.querySelector('dd')?.textContent?.trim() ?? ''),
    );
    return distances.length > 0 ? distances : undefined;
  }, 'the services sorted by distance');
}

export const nearMe: Journey = {
  name: '"near me" sorts by distance with a granted position, or offers towns without one',
  async run(tab) {
    await openPage(tab, '/find-help.html');
    await tab.waitForElement(`${finder} >>> article.card`);
    if (tab.canGrantPosition) {
      await tab.grantPosition(lisbon);
      await tab.click(`${finder} >>> [part~="near-me-button"]`);
      const [nearest = ''] = await distancesShown(tab);
      expect(nearest).toMatch(/^[\d.]+ km$/);
    } else {
      await tab.click(`${finder} >>> [part~="near-me-button"]`);
      const town = await tab.waitFor(() => {
        const select = document.querySelector('vr-service-finder')?.shadowRoot?.querySelector('#near-place');
        const options = [...((select as HTMLSelectElement | null)?.options ?? [])];
        return options.find((option) => option.textContent?.trim().endsWith(', Portugal'))?.value;
      }, 'the towns and cities offered while the position is asked for');
      await tab.select(`${finder} >>> #near-place`, town);
      const [nearest = ''] = await distancesShown(tab);
      expect(nearest).toMatch(/^[\d.]+ km$/);
    }
    const kept = await tab.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + location.href);
    expect(kept).not.toMatch(/38\.72|9\.13|9\.14/);
    expect(await tab.url()).toBe(site.url('/find-help.html'));
    await expectCleanPage(tab);
  },
};
