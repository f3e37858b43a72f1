/**
 * How fast `<vr-service-map>` shows 5,000 services in headless Chromium (the CDN build, the shipped
 * outline of Europe, no tiles): from adding the element to the page to its clustered markers drawn,
 * reading the 5,000 services from a sandbox on loopback (50 pages of 100); and, with the services
 * handed in as a property, the placing, clustering and drawing alone.
 */
import { startSandbox } from '@victim-referral/sandbox';
import { onBenchPage } from './bench-site.mjs';
import { percentile } from './finder-latency.mjs';

const serviceCount = 5_000;
const runs = 5;

/** Runs in the page: times `runs` maps from insertion to drawn markers, from the API or from a property. */
async function timeMaps({ apiBase, publishableKey, runs }) {
  await customElements.whenDefined('vr-service-map');
  const drawn = (map) =>
    new Promise((resolve) => {
      const check = () => {
        const markers = map.shadowRoot?.querySelectorAll('.vr-marker, .vr-cluster').length ?? 0;
        // After the frame that paints them.
        if (markers > 0) requestAnimationFrame(() => resolve(markers));
        else requestAnimationFrame(check);
      };
      check();
    });
  const timed = async (setUp) => {
    const map = document.createElement('vr-service-map');
    const started = performance.now();
    setUp(map);
    document.body.append(map);
    const markers = await drawn(map);
    const ms = performance.now() - started;
    map.remove();
    return { ms, markers };
  };
  const fromApi = [];
  for (let run = 0; run < runs; run++) {
    fromApi.push(
      await timed((map) => {
        map.setAttribute('api-base', apiBase);
        map.setAttribute('publishable-key', publishableKey);
      }),
    );
  }
  const services = [];
  let cursor = '';
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor && { cursor }) });
    const response = await fetch(`${apiBase}/v1/services?${query}`, {
      headers: { authorization: `Bearer ${publishableKey}` },
    });
    const page = await response.json();
    services.push(...page.items);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  const fromProperty = [];
  for (let run = 0; run < runs; run++) {
    fromProperty.push(
      await timed((map) => {
        map.services = services;
      }),
    );
  }
  return { fromApi, fromProperty, services: services.length };
}

export async function mapRenderRows() {
  const sandbox = await startSandbox({
    port: 0,
    seed: { services: serviceCount },
    validateResponses: false,
    rateLimit: { limit: 1e9 },
  });
  try {
    const { publishableKey } = sandbox.credentials.organisations[0];
    return await onBenchPage(sandbox.url, 'vr-service-map', async (page) => {
      const result = await page.evaluate(timeMaps, { apiBase: sandbox.url, publishableKey, runs });
      const median = (timings) =>
        percentile(
          timings.map((t) => t.ms),
          50,
        );
      const setting = `${result.services.toLocaleString('en')} services, no tiles (the shipped outline), 1280×800, headless Chromium, median of ${runs}`;
      return [
        {
          name: 'map: 5,000 services from the API to drawn clusters, median',
          value: median(result.fromApi),
          unit: 'ms',
          notes: `reading 50 pages of 100 from the sandbox on loopback, placing, clustering, drawing ${result.fromApi[0]?.markers} markers and clusters; ${setting}`,
        },
        {
          name: 'map: 5,000 services handed in to drawn clusters, median',
          value: median(result.fromProperty),
          unit: 'ms',
          notes: `the services as a property: placing, clustering (Supercluster) and drawing alone; ${setting}`,
        },
      ];
    });
  } finally {
    await sandbox.close();
  }
}
