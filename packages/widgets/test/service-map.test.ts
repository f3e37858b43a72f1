import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/map/service-map.js';
import { placeServices } from '../src/map/placement.js';
import type { VrServiceMap } from '../src/map/service-map.component.js';
import type { ServiceSelectEvent } from '../src/shared/events.js';
import { deepActiveElement, expectNoAxeViolations, find, findAll, host, mount, sandbox, tabTo } from './helpers.js';
import { servicesAcrossEurope } from './map-services.js';

const tileSite = inject('cspSite');

function mapMarkup(attributes = '') {
  return `<vr-service-map api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" ${attributes}></vr-service-map>`;
}

const markerSelector = '.vr-marker, .vr-cluster';
const names = (map: Element) => findAll(map, markerSelector).map((marker) => marker.getAttribute('aria-label') ?? '');

/** Hosts (with port) of every resource the page fetched since the timings were cleared. */
function fetchedHosts(): Set<string> {
  return new Set(
    performance.getEntriesByType('resource').map((entry) => new URL((entry as PerformanceResourceTiming).name).host),
  );
}

async function mapWithMarkers(attributes = ''): Promise<VrServiceMap> {
  const map = mount<VrServiceMap>(mapMarkup(attributes));
  await find(map, markerSelector);
  return map;
}

describe('<vr-service-map>', () => {
  it('shows the directory on the shipped outline of Europe, asks no host but its own and the API', async () => {
    performance.setResourceTimingBufferSize(2000);
    performance.clearResourceTimings();
    const map = await mapWithMarkers();
    expect(findAll(map, 'path.base-land').length).toBeGreaterThan(0);
    expect(findAll(map, '.leaflet-tile')).toEqual([]);
    await vi.waitFor(() => expect(map.shadowRoot?.textContent).toMatch(/services? on the map\./));
    expect(names(map).every((name) => name.length > 0)).toBe(true);
    const apiHost = new URL(sandbox.apiBase).host;
    expect(fetchedHosts()).toContain(apiHost);
    expect([...fetchedHosts()].filter((name) => name !== location.host && name !== apiHost)).toEqual([]);
    await expectNoAxeViolations(map);
  });

  it('takes tiles from the tile server the member set, and from no other host', async () => {
    performance.clearResourceTimings();
    const tileHost = new URL(tileSite).host;
    const map = await mapWithMarkers(
      `tile-url="${tileSite}/tiles/{z}/{x}/{y}.png" tile-attribution="Tiles <b>by</b> the member"`,
    );
    await vi.waitFor(() => expect(findAll(map, 'img.leaflet-tile-loaded').length).toBeGreaterThan(0));
    const tiles = findAll<HTMLImageElement>(map, 'img.leaflet-tile');
    expect(tiles.every((tile) => new URL(tile.src).host === tileHost)).toBe(true);
    expect(findAll(map, 'path.base-land')).toEqual([]);
    const apiHost = new URL(sandbox.apiBase).host;
    expect(fetchedHosts()).toContain(tileHost);
    expect([...fetchedHosts()].filter((name) => ![location.host, apiHost, tileHost].includes(name))).toEqual([]);
    // The attribution is text: markup in the attribute is not run as HTML.
    expect(findAll(map, '.leaflet-control-attribution b')).toEqual([]);
    await expectNoAxeViolations(map);
  });

  it('clusters 5,000 services into a few focusable buttons with accessible names', async () => {
    const map = mount<VrServiceMap>('<vr-service-map></vr-service-map>');
    map.services = servicesAcrossEurope(5000);
    await find(map, '.vr-cluster');
    const markers = findAll(map, markerSelector);
    expect(markers.length).toBeLessThan(200);
    for (const marker of markers) {
      expect(marker.getAttribute('role')).toBe('button');
      expect(marker.tabIndex).toBe(0);
    }
    expect(names(map).filter((name) => name.includes('services in this area. Press Enter to zoom in.')).length).toBe(
      findAll(map, '.vr-cluster').length,
    );
    await expectNoAxeViolations(map);
  });

  it('zooms into a cluster with Enter, focuses its first member, and opens a place with Enter', async () => {
    const map = mount<VrServiceMap>('<vr-service-map></vr-service-map>');
    map.services = servicesAcrossEurope(300);
    await find(map, '.vr-cluster');
    let cluster = await tabTo((element) => element.classList.contains('vr-cluster'));
    // Zoom into clusters until a single place has focus.
    for (let depth = 0; depth < 20 && cluster.classList.contains('vr-cluster'); depth += 1) {
      const before = cluster.getAttribute('aria-label');
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => {
        const active = deepActiveElement();
        expect(active?.matches(markerSelector) && active !== cluster).toBe(true);
      });
      cluster = deepActiveElement() as Element;
      expect(cluster.getAttribute('aria-label')).not.toBe(before === null ? '' : undefined);
    }
    expect(cluster.classList.contains('vr-marker')).toBe(true);
    const name = cluster.getAttribute('aria-label') ?? '';
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('place-title'));
    expect(name.startsWith(deepActiveElement()?.textContent ?? '-')).toBe(true);
    await expectNoAxeViolations(map);
    const chosen = new Promise<ServiceSelectEvent>((resolve) =>
      map.addEventListener('vr-service-select', resolve, { once: true }),
    );
    (await find(map, '[part~="select-button"]')).click();
    expect((await chosen).service.name).toBe(deepActiveElement()?.textContent);

    // Closing the panel returns focus to the place's marker.
    const closeButton = findAll<HTMLButtonElement>(map, '[part~="place"] button').at(-1) as HTMLButtonElement;
    closeButton.click();
    await vi.waitFor(() => expect(deepActiveElement()?.getAttribute('aria-label')).toBe(name));
  });

  it('never puts a confidential location at a point: only an approximate area, named so', async () => {
    const exact = { latitude: 52.520_008, longitude: 13.404_954 };
    const services = servicesAcrossEurope(3);
    const shelter = {
      ...services[0],
      id: 'svc_shelter',
      name: 'Shelter',
      confidentialLocation: true,
      locations: [{ id: 'loc_shelter', address: { city: 'Berlin', country: 'DE' }, coordinates: exact }],
    } as (typeof services)[number];
    const { places } = placeServices([shelter], (code) => code);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ approximate: true, latitude: 52.5, longitude: 13.4, locality: 'Berlin, DE' });

    const map = mount<VrServiceMap>('<vr-service-map></vr-service-map>');
    map.services = [shelter];
    await find(map, '.vr-approximate');
    expect(names(map)).toEqual(['Shelter, approximate area: Berlin, Germany']);
    await expectNoAxeViolations(map);
  });

  it('shows the directory’s confidential services only as approximate areas, and counts what has no place', async () => {
    const map = await mapWithMarkers();
    const response = await fetch(`${sandbox.apiBase}/v1/services?limit=100`, {
      headers: { authorization: `Bearer ${host.publishableKey}` },
    });
    expect(response.ok).toBe(true);
    const { items } = (await response.json()) as { items: { name: string; confidentialLocation?: boolean }[] };
    const confidential = new Set(items.filter((item) => item.confidentialLocation).map((item) => item.name));
    expect(confidential.size).toBeGreaterThan(0);
    // Zoomed in far enough that every place stands alone, each confidential one is an approximate area.
    const precise = findAll(map, '.vr-marker:not(.vr-approximate)').map((marker) => marker.getAttribute('aria-label'));
    for (const name of precise) expect(confidential.has((name ?? '').split(', ')[0] ?? '')).toBe(false);
    for (const marker of findAll(map, '.vr-approximate')) {
      expect(marker.getAttribute('aria-label')).toContain('approximate area');
    }
  });

  it('speaks the page’s language', async () => {
    const map = mount<VrServiceMap>('<vr-service-map lang="fr"></vr-service-map>');
    map.services = servicesAcrossEurope(50);
    await vi.waitFor(() => expect(names(map).some((name) => name.includes('services dans cette zone'))).toBe(true));
    expect((await find(map, '.leaflet-control-zoom-in')).getAttribute('aria-label')).toBe('Zoom avant');
  });
});
