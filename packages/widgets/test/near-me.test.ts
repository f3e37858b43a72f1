import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/finder/service-finder.js';
import type { VrServiceFinder } from '../src/finder/service-finder.component.js';
import { denyPosition, grantPosition, positionUnavailable, resetGeolocation } from './geolocation.js';
import {
  expectNoAxeViolations,
  find,
  findAll,
  host,
  mount,
  sandbox,
  shadow,
  textOf,
  watchSearches,
} from './helpers.js';

/** Lisbon, to more decimals than is ever sent. */
const lisbon = { latitude: 38.722252, longitude: -9.139337 };

function finderMarkup(attributes = '') {
  return `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" ${attributes}></vr-service-finder>`;
}

/** The "Distance" of each card, in order. */
const distances = (finder: Element) =>
  findAll(finder, 'article.card .row')
    .filter((row) => row.querySelector('dt')?.textContent === 'Distance')
    .map((row) => row.querySelector('dd')?.textContent ?? '');

async function pressNearMe(finder: Element): Promise<void> {
  await userEvent.click(await find(finder, '[part~="near-me-button"]'));
}

describe('"near me"', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await resetGeolocation();
  });

  it('never asks for the position on load', async () => {
    const ask = vi.spyOn(navigator.geolocation, 'getCurrentPosition');
    const finder = mount(finderMarkup());
    await find(finder, 'article.card');
    expect(ask).not.toHaveBeenCalled();
    expect(textOf(finder, '#near-me-hint')).toContain('rounded to about 1 km');
    await expectNoAxeViolations(finder);
  });

  it('sorts by distance from the position rounded to about 1 km, in kilometres, and keeps it nowhere', async () => {
    await grantPosition(lisbon);
    const searches = watchSearches();
    const events: Event[] = [];
    const finder = mount<VrServiceFinder>(finderMarkup('page-size="20"'));
    finder.addEventListener('vr-service-select', (event) => events.push(event));
    await find(finder, 'article.card');
    await pressNearMe(finder);
    // The towns and cities load meanwhile, in case the position never comes: those searches carry no point.
    await vi.waitFor(() => expect(searches.find((search) => search.has('near'))?.get('near')).toBe('38.72,-9.14'));
    await vi.waitFor(() => expect(distances(finder).length).toBeGreaterThan(0));
    expect(textOf(finder, '.near-me-status')).toBe('The nearest services are shown first.');
    const kilometres = distances(finder).map((text) => {
      expect(text).toMatch(/^[\d.,]+ km$/);
      return Number.parseFloat(text.replace(',', ''));
    });
    // The API sorts shelters by their locality's centre, which no answer gives: those show no distance.
    expect(kilometres[0]).toBe(Math.min(...kilometres));
    expect(kilometres[0]).toBeLessThan(50);
    await expectNoAxeViolations(finder);

    findAll<HTMLButtonElement>(finder, '[part~="select-button"]:not([disabled])')[0]?.click();
    const stored = JSON.stringify({ ...localStorage, ...sessionStorage }) + location.href + document.cookie;
    expect(stored).not.toMatch(/38\.72|9\.14/);
    expect(JSON.stringify(events.map((event) => (event as CustomEvent).detail))).not.toMatch(/"near"|38\.72/);

    await userEvent.click(await find(finder, '[part~="near-me-stop"]'));
    await vi.waitFor(() => expect(searches.at(-1)?.has('near')).toBe(false));
    await vi.waitFor(() => expect(distances(finder)).toEqual([]));
  });

  it('gives the distance in miles where the locale counts in miles', async () => {
    await grantPosition(lisbon);
    const finder = mount(finderMarkup('lang="en-GB"'));
    await find(finder, 'article.card');
    await pressNearMe(finder);
    await vi.waitFor(() => expect(distances(finder)[0]).toMatch(/^[\d.,]+ mi$/));
  });

  it('offers the directory’s towns and cities when the position is refused', async () => {
    await denyPosition();
    const searches = watchSearches();
    const finder = mount(finderMarkup());
    await find(finder, 'article.card');
    await pressNearMe(finder);
    await vi.waitFor(() =>
      expect(textOf(finder, '.near-me-status')).toBe(
        'Your location was not shared. You can choose a town or city instead.',
      ),
    );
    const place = await find<HTMLSelectElement>(finder, '#near-place');
    const portuguese = [...place.options].find((option) => option.textContent?.trim().endsWith(', Portugal'));
    if (!portuguese) throw new Error(`no Portuguese town among ${place.options.length} places`);
    await expectNoAxeViolations(finder);
    await userEvent.selectOptions(place, portuguese.value);
    await vi.waitFor(() => expect(searches.at(-1)?.get('near')).toMatch(/^\d{2}\.\d\d,-\d{1,2}\.\d\d$/));
    await vi.waitFor(() => expect(distances(finder).length).toBeGreaterThan(0));
    await expectNoAxeViolations(finder);
  });

  it('offers the towns and cities when the position is unavailable', async () => {
    await positionUnavailable();
    const finder = mount(finderMarkup());
    await find(finder, 'article.card');
    await pressNearMe(finder);
    await vi.waitFor(() =>
      expect(textOf(finder, '.near-me-status')).toBe(
        'Your location could not be found. You can choose a town or city instead.',
      ),
    );
    const place = await find<HTMLSelectElement>(finder, '#near-place');
    await vi.waitFor(() => expect(place.options.length).toBeGreaterThan(10));
    expect(shadow(finder).querySelector('[part~="near-me-stop"]')).toBeNull();
    await expectNoAxeViolations(finder);
  });

  it('offers the towns while the browser has not answered, and a chosen town wins over a late answer', async () => {
    let answer: PositionCallback | undefined;
    vi.spyOn(navigator.geolocation, 'getCurrentPosition').mockImplementation((success) => {
      answer = success;
    });
    const searches = watchSearches();
    const finder = mount(finderMarkup());
    await find(finder, 'article.card');
    await pressNearMe(finder);
    expect(textOf(finder, '.near-me-status')).toBe('Finding your location…');
    const place = await find<HTMLSelectElement>(finder, '#near-place');
    await vi.waitFor(() => expect(place.options.length).toBeGreaterThan(10));
    await expectNoAxeViolations(finder);
    const portuguese = [...place.options].find((option) => option.textContent?.trim().endsWith(', Portugal'));
    if (!portuguese) throw new Error('no Portuguese town');
    await userEvent.selectOptions(place, portuguese.value);
    await vi.waitFor(() => expect(searches.at(-1)?.get('near')).toMatch(/^\d{2}\.\d\d,-\d{1,2}\.\d\d$/));
    const chosen = searches.at(-1)?.get('near');
    answer?.({
      coords: { latitude: 52.23, longitude: 21.01, accuracy: 10 },
      timestamp: Date.now(),
    } as GeolocationPosition);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searches.at(-1)?.get('near')).toBe(chosen);
    expect(shadow(finder).querySelector<HTMLButtonElement>('[part~="near-me-button"]')?.disabled).toBe(false);
  });
});
