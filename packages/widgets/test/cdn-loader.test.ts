import { describe, expect, inject, it } from 'vitest';
import { openProbe } from './probe-page.js';

describe('the CDN loader', () => {
  it('shows the quick exit, and leaves on Shift ×3, when every request but the loader fails', async () => {
    const probe = openProbe('/blocked.html');
    try {
      const before = await probe.next<{
        kind: string;
        button: string;
        buttonShown: boolean;
        finderDefined: boolean;
        historyLength: number;
        errors: string[];
      }>((data) => data.kind === 'before-exit');
      expect(before.errors).toEqual([]);
      expect(before.buttonShown).toBe(true);
      // The page is French, but the French strings could not load: English stands in.
      expect(before.button).toBe('Emergency Exit this page');
      expect(before.finderDefined).toBe(false);
      const left = await probe.next<{ kind: string; historyLength: number }>((data) => data.kind === 'left');
      // location.replace: the neutral page took the exited page's place in the history.
      expect(left.historyLength).toBe(before.historyLength);
    } finally {
      probe.close();
    }
  });

  it('defines a finder added to the page after load, with no CSP violation', async () => {
    const probe = openProbe('/late.html');
    try {
      const report = await probe.next<{
        definedBefore: boolean;
        rendered: boolean;
        violations: unknown[];
        error?: string;
      }>();
      expect(report.error).toBeUndefined();
      expect(report.definedBefore).toBe(false);
      expect(report.rendered).toBe(true);
      expect(report.violations).toEqual([]);
    } finally {
      probe.close();
    }
  });

  it('publishes the SRI hash of the loader and of every chunk beside it', async () => {
    const site = inject('cspSite');
    const manifest = (await (await fetch(`${site}/cdn/integrity.json`)).json()) as {
      loader: { file: string; integrity: string };
      importMap: { integrity: Record<string, string> };
    };
    const { integrity } = manifest.importMap;
    expect(integrity[manifest.loader.file]).toBe(manifest.loader.integrity);
    expect(Object.keys(integrity).some((file) => /^chunks\/service-finder-[\w-]+\.js$/.test(file))).toBe(true);
    for (const [file, hash] of Object.entries(integrity)) {
      const body = await (await fetch(`${site}/cdn/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
      expect(`sha384-${btoa(String.fromCharCode(...digest))}`, file).toBe(hash);
    }
  });
});
