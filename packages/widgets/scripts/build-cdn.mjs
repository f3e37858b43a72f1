// Builds the CDN folder: the loader (quick exit in full, and the autoloader), one chunk per
// element, shared chunks (lit, the transport, zod) and one per language, content-hashed and
// resolved relative to the loader, so a member who self-hosts copies the folder. Rolldown rather
// than esbuild: it honours `@__NO_SIDE_EFFECTS__` across modules, so the zod schemas of endpoints
// and records the widgets never use are left out.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { labelLanguages } from '@victim-referral/schemas/labels';
import { rolldown } from 'rolldown';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const outDir = 'dist/cdn';
const loader = 'victim-referral-widgets.js';

const banner = `/*! @victim-referral/widgets ${version} | MIT */`;
const common = { platform: 'browser', transform: { target: 'es2022' }, logLevel: 'warn' };
const output = { dir: outDir, format: 'esm', minify: true, comments: false, sourcemap: true, postBanner: banner };

await rm(outDir, { recursive: true, force: true });

// 1. Everything the loader may import: the elements, and (by their dynamic imports) each part of
// the strings and the vocabularies' labels in each language.
const elementEntries = {
  'service-finder': 'src/cdn/service-finder.ts',
  'referral-form': 'src/cdn/referral-form.ts',
  'service-map': 'src/cdn/service-map.ts',
  'referral-status': 'src/cdn/referral-status.ts',
  'referral-inbox': 'src/cdn/referral-inbox.ts',
  'referral-case': 'src/cdn/referral-case.ts',
};
// The quick exit's strings in each language, which only the loader imports, are built here too, so
// that the loader stays one file.
const quickExitStrings = Object.fromEntries(
  labelLanguages
    .filter((language) => language !== 'en')
    .map((language) => [`quick-exit-${language}`, `src/i18n/locales/quick-exit/${language}.ts`]),
);
const chunksBuild = await rolldown({
  ...common,
  input: { ...elementEntries, ...quickExitStrings },
  preserveEntrySignatures: 'strict',
});
const { output: chunks } = await chunksBuild.write({
  ...output,
  entryFileNames: 'chunks/[name]-[hash].js',
  // An element another element also imports (the finder shows the map) is a shared chunk of the
  // same name: `.code` keeps it apart from the element's entry chunk.
  chunkFileNames: (chunk) => {
    if (chunk.name in elementEntries) return 'chunks/[name].code-[hash].js';
    // A part of the strings in one language, `finder-fr`: named after its folder (`workspace/`, …).
    const part = chunk.facadeModuleId?.match(/\/i18n\/locales\/([\w-]+)\/\w+\.ts$/)?.[1];
    if (part) return `chunks/${part}-[name]-[hash].js`;
    // The labels of the vocabularies a part shows, in one language: `labels-finder-fr`.
    const labels = chunk.facadeModuleId?.match(/\/i18n\/labels\/generated\/(\w+)\/\w+\.ts$/)?.[1];
    if (labels) return `chunks/labels-${labels}-[name]-[hash].js`;
    return 'chunks/[name]-[hash].js';
  },
});
await chunksBuild.close();

// 1b. The API entry for a page's own scripts, built on its own: it checks answers with zod and
// sends with ky, which the elements do without, and sharing chunks with them would split theirs.
const apiBuild = await rolldown({ ...common, input: { 'victim-referral-api': 'src/cdn/victim-referral-api.ts' } });
await apiBuild.write({ ...output, entryFileNames: '[name].js', chunkFileNames: 'chunks/api-[name]-[hash].js' });
await apiBuild.close();

// 2. The loader, a file that imports nothing up front: its dynamic imports of the elements and
// languages point at the hashed chunks of step 1, relative to the loader.
const chunkOfSource = new Map(
  chunks
    .filter((chunk) => chunk.type === 'chunk' && (chunk.isEntry || chunk.isDynamicEntry) && chunk.facadeModuleId)
    .map((chunk) => [chunk.facadeModuleId, chunk.fileName]),
);
const loaderBuild = await rolldown({
  ...common,
  input: { 'victim-referral-widgets': 'src/cdn/victim-referral-widgets.ts' },
  plugins: [
    {
      name: 'import-built-chunks',
      resolveId(source, importer) {
        if (!importer || !source.startsWith('.')) return null;
        const file = chunkOfSource.get(resolve(dirname(importer), source.replace(/\.js$/, '.ts')));
        return file ? { id: `./${file}`, external: true } : null;
      },
    },
  ],
});
const { output: loaderOutput } = await loaderBuild.write({ ...output, entryFileNames: '[name].js' });
await loaderBuild.close();
const loaderImports = loaderOutput.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.imports : []));
if (loaderOutput.filter((chunk) => chunk.type === 'chunk').length !== 1 || loaderImports.length > 0) {
  throw new Error(`The loader must stand alone; it imports ${loaderImports.join(', ')}`);
}

/** Every JavaScript file of the folder, relative to it, with `/` separators. */
async function scripts(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

async function sri(file) {
  const digest = createHash('sha384')
    .update(await readFile(join(outDir, file)))
    .digest('base64');
  return `sha384-${digest}`;
}

// Subresource Integrity: the loader's hash for its <script> tag, and an import map whose
// `integrity` section covers every module it imports, keyed by URL relative to the folder (the
// README shows how to prefix them with where the folder is served).
const files = await scripts(outDir);
const integrity = {};
for (const file of files) integrity[file] = await sri(file);
await writeFile(
  join(outDir, 'integrity.json'),
  `${JSON.stringify({ version, loader: { file: loader, integrity: integrity[loader] }, importMap: { integrity } }, null, 2)}\n`,
);

await writeFile(
  join(outDir, 'victim-referral-widgets.d.ts'),
  ["import '../quick-exit/quick-exit.js';", 'export {};', ''].join('\n'),
);
await writeFile(
  join(outDir, 'victim-referral-api.d.ts'),
  [
    "export { createTransport, isReferralApiError } from '@victim-referral/client';",
    'export { createReferral, getOrganisation, getService, listOrganisations, listReferrals, listServices }',
    "  from '@victim-referral/schemas';",
    '',
  ].join('\n'),
);
