import { describe, expect, inject, it } from 'vitest';
import { host, sandbox } from './helpers.js';

interface ProbeReport {
  violations: { directive: string; blocked: string }[];
  errors: string[];
  cards: number;
  errorSummary: string;
  registered: string[];
}

describe('strict Content-Security-Policy', () => {
  it('runs the CDN file, loaded twice, with no violation', async () => {
    const site = inject('cspSite');
    const frame = document.createElement('iframe');
    const query = new URLSearchParams({ api: sandbox.apiBase, key: host.publishableKey });
    const report = new Promise<ProbeReport>((resolve) => {
      window.addEventListener('message', function onMessage(event) {
        if (event.origin !== site) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as ProbeReport);
      });
    });
    frame.src = `${site}/index.html?${query}`;
    frame.title = 'CSP probe';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.violations).toEqual([]);
      expect(result.errors).toEqual([]);
      expect(result.registered).toEqual(['vr-service-finder', 'vr-referral-form', 'vr-quick-exit']);
      expect(result.cards).toBeGreaterThan(0);
      expect(result.errorSummary).toBe('There is a problem');
    } finally {
      frame.remove();
    }
  });
});
