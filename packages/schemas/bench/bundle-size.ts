/**
 * Browser bundle sizes of typical imports from the built package (esbuild, minified, zod
 * included): prints raw and gzip sizes and returns them as bench rows. Run after `build`.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchRow } from './rows.js';

const dist = new URL('../dist/', import.meta.url).pathname;

const scenarios: Record<string, string> = {
  'import { ReferralCreate }': `import { ReferralCreate } from '${dist}index.js'; export const ok = (x) => ReferralCreate.safeParse(x).success;`,
  'import { ReferralCreate, toFieldErrors }': `import { ReferralCreate, toFieldErrors } from '${dist}index.js'; export const check = (x) => { const r = ReferralCreate.safeParse(x); return r.success ? [] : toFieldErrors(r.error); };`,
  'import { Service, ServiceSearchQuery }': `import { Service, ServiceSearchQuery } from '${dist}index.js'; export const s = [Service, ServiceSearchQuery];`,
  'import { validate } (whole catalog)': `import { validate } from '${dist}index.js'; export { validate };`,
  'import * (everything)': `import * as all from '${dist}index.js'; export { all };`,
  'import { fromHsds, toHsds } from /hsds': `import { fromHsds, toHsds } from '${dist}hsds/index.js'; export { fromHsds, toHsds };`,
  'import { taxonomyEn } from /labels': `import { taxonomyEn } from '${dist}labels/index.js'; export { taxonomyEn };`,
  'one more language: the chunk labels/fr.js': `import { taxonomyFr } from '${dist}labels/fr.js'; export { taxonomyFr };`,
};

export async function measureBundleSizes(): Promise<BenchRow[]> {
  const rows: { scenario: string; bytes: number; gzip: number }[] = [];
  for (const [scenario, contents] of Object.entries(scenarios)) {
    const result = await build({
      stdin: { contents, resolveDir: dist, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    rows.push({ scenario, bytes: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength });
  }

  console.log('browser bundle sizes of @victim-referral/schemas (esbuild --minify, zod included)');
  for (const { scenario, bytes, gzip } of rows) {
    console.log(
      `${scenario.padEnd(44)} ${(bytes / 1000).toFixed(1).padStart(7)} kB  ${(gzip / 1000).toFixed(2).padStart(6)} kB gzip`,
    );
  }

  return rows.map(({ scenario, gzip }) => ({
    name: `browser bundle: ${scenario}`,
    value: Math.round(gzip / 10) / 100,
    unit: 'kB gzip',
    notes: 'esbuild --minify, zod/mini included; kB = 1000 bytes',
  }));
}
