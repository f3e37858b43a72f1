import { describe, expect, it, vi } from 'vitest';
import '../src/finder/service-finder.js';
import type { VrServiceMap } from '../src/map/service-map.component.js';
import { clientWith, expectNoAxeViolations, find, findAll, host, mount, sandbox, shadow, textOf } from './helpers.js';

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
});
