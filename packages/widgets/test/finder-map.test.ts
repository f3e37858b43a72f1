import { describe, expect, it, vi } from 'vitest';
import '../src/finder/service-finder.js';
import type { VrServiceMap } from '../src/map/service-map.component.js';
import { grantPosition, resetGeolocation } from './geolocation.js';
import {
  clientWith,
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

const numberIn = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);

describe('<vr-service-finder> with its map', () => {
  it('switches between the list and a map of the same search, and back', async () => {
    const finder = mount(
      `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" country="PT"></vr-service-finder>`,
    );
    await find(finder, 'article.card');
    const [listButton, mapButton] = findAll<HTMLButtonElement>(finder, '[part~="view-switch"]') as [
      HTMLButtonElement,
      HTMLButtonElement,
    ];
    expect(listButton.getAttribute('aria-pressed')).toBe('true');
    expect(mapButton.textContent?.trim()).toBe('On a map');
    mapButton.click();

    const map = await find<VrServiceMap>(finder, 'vr-service-map');
    expect(map.country).toBe('PT');
    await find(map, '.vr-marker, .vr-cluster');
    expect(mapButton.getAttribute('aria-pressed')).toBe('true');
    expect(findAll(finder, 'article.card')).toEqual([]);

    // The map holds every service of the search: on the map, or counted as having no place.
    const all = await clientWith({ publishableKey: host.publishableKey }).services.search({
      country: 'PT',
      limit: 100,
    });
    expect(all.nextCursor).toBeNull();
    await vi.waitFor(() => expect(textOf(map, '[role="status"]')).toMatch(/on the map\.$/));
    const onMap = numberIn(textOf(map, '[role="status"]'), /^(\d+) services? on the map/);
    const notOnMap = numberIn(textOf(map, '.notice'), /^(\d+) services? (?:is|are) not on the map/);
    expect(onMap + notOnMap).toBe(all.items.length);
    await expectNoAxeViolations(finder);

    listButton.click();
    await find(finder, 'article.card');
    expect(shadow(finder).querySelector('vr-service-map')).toBeNull();
  });

  it('hands the map every filter of its search: flags, the age typed and the point near me', async () => {
    const searches = watchSearches();
    const finder = mount(
      `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" accepting-referrals interpretation></vr-service-finder>`,
    );
    await find(finder, 'article.card');
    const age = await find<HTMLInputElement>(finder, '#filter-age');
    age.value = '34';
    age.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await grantPosition({ latitude: 38.722252, longitude: -9.139337 });
    (await find<HTMLButtonElement>(finder, '[part~="near-me-button"]')).click();
    await find(finder, '[part~="near-me-stop"]');
    findAll<HTMLButtonElement>(finder, '[part~="view-switch"]')[1]?.click();
    const map = await find<VrServiceMap>(finder, 'vr-service-map');
    await vi.waitFor(() => expect(map.age).toBe(34));
    expect([map.acceptingReferrals, map.interpretation, map.near]).toEqual([true, true, '38.72,-9.14']);
    // The map reads pages of 100 (the list pages of 10); the towns of "near me" load unfiltered, without a point.
    const mapSearch = () => searches.findLast((search) => search.has('near') && search.get('limit') === '100');
    await vi.waitFor(() =>
      expect(['acceptingReferrals', 'interpretation', 'age', 'near'].map((name) => mapSearch()?.get(name))).toEqual([
        'true',
        'true',
        '34',
        '38.72,-9.14',
      ]),
    );
    expect(map.getAttributeNames()).not.toContain('age');
    vi.restoreAllMocks();
    await resetGeolocation();
  });
});
