import { describe, expect, it } from 'vitest';
import { host, sandbox } from './helpers.js';
import { openProbe } from './probe-page.js';

interface ProbeReport {
  violations: { directive: string; blocked: string }[];
  errors: string[];
  cards: number;
  markers: number;
  errorSummary: string;
  registered: string[];
}

describe('strict Content-Security-Policy', () => {
  it('runs the CDN loader, loaded twice, and the chunks it loads (the map with Leaflet too), with no violation', async () => {
    const query = new URLSearchParams({ api: sandbox.apiBase, key: host.publishableKey });
    const probe = openProbe(`/index.html?${query}`);
    try {
      const result = await probe.next<ProbeReport>();
      expect(result.violations).toEqual([]);
      expect(result.errors).toEqual([]);
      expect(result.registered).toEqual(['vr-service-finder', 'vr-referral-form', 'vr-service-map', 'vr-quick-exit']);
      expect(result.cards).toBeGreaterThan(0);
      expect(result.markers).toBeGreaterThan(0);
      expect(result.errorSummary).toBe('There is a problem');
    } finally {
      probe.close();
    }
  });
});
