// Builds the CDN file: lit, zod and ky inlined, minified, one ES module that registers every tag.
// Rolldown rather than esbuild: it honours `@__NO_SIDE_EFFECTS__` across modules, so the zod
// schemas of endpoints and records the widgets never use are left out.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { rolldown } from 'rolldown';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

await rm('dist/cdn', { recursive: true, force: true });
const bundle = await rolldown({
  input: { 'victim-referral-widgets': 'src/cdn/victim-referral-widgets.ts' },
  // Code the locale chunks share with the main file (the plural helper) stays in the main file,
  // which the chunks import: English pages need that one file and nothing else.
  preserveEntrySignatures: 'allow-extension',
  platform: 'browser',
  transform: { target: 'es2022' },
  logLevel: 'warn',
});
await bundle.write({
  dir: 'dist/cdn',
  format: 'esm',
  minify: true,
  comments: false,
  sourcemap: true,
  chunkFileNames: 'locales/[name]-[hash].js',
  postBanner: `/*! @victim-referral/widgets ${version} | MIT */`,
});
await bundle.close();

// The CDN file exports what the npm entry does, plus a transport and some endpoint definitions.
await writeFile(
  'dist/cdn/victim-referral-widgets.d.ts',
  [
    "export * from '../index.js';",
    "export { createTransport, isReferralApiError } from '@victim-referral/client';",
    'export { createReferral, getOrganisation, getService, listOrganisations, listReferrals, listServices }',
    "  from '@victim-referral/schemas';",
    '',
  ].join('\n'),
);
