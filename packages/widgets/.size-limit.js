/**
 * Size budgets, gzip, as a browser fetches the files (limits: what was measured plus at most
 * 0.5 kB, so a regression fails). The CDN build is measured as shipped (rolldown): the loader
 * alone; then a page, which is everything it fetches for the elements it shows — the loader, each
 * element's chunk and the chunks those import statically (lit, the route transport, the English
 * strings and labels of the elements shown, the vocabularies); then what one further language
 * costs a page with the finder: the finder's and the emergency notice's strings in French and the
 * French labels of the vocabularies the finder shows (`labels-finder`). Chunks fetched only on
 * demand are measured on their own: the map (Leaflet), and jose, fetched when the form sends to
 * an organisation that publishes keys or a sealed case opens. Each npm entry is bundled (esbuild)
 * with its dependencies except the peer dependency zod, and without the non-English strings, the
 * map and jose, which load on demand.
 *
 * Issue 12's targets: the loader with the quick exit 6 kB and a further language 4 kB (met); a
 * page with only the finder 28 kB and with finder, form and quick exit 45 kB (not met: the widgets
 * README's size table says where the bytes are).
 */
import { labelLanguages } from '@victim-referral/schemas/labels';
import { addedFiles, chunk, languageFiles, loaderFile, pageFiles } from './scripts/cdn-files.mjs';

const otherLanguages = labelLanguages.filter((language) => language !== 'en').join('|');
const otherLocaleModule = new RegExp(`^\\.\\.?/(locales/|taxonomy/)?(${otherLanguages})\\.js$`);

const cdn = (name, path, limit) => ({ name, path, gzip: true, disablePlugins: ['@size-limit/esbuild'], limit });

const otherLocales = {
  name: 'non-english-locales-load-on-demand',
  setup(build) {
    build.onResolve({ filter: otherLocaleModule }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/** The form's sealing code and jose: a lazy chunk, measured on its own. */
const sealingLoadsOnSubmit = {
  name: 'sealing-loads-on-submit',
  setup(build) {
    build.onResolve({ filter: /^\.\/seal-record\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// The finder imports the map when the user first asks for it: a chunk of its own in an app's bundle too.
const mapLoadsOnDemand = {
  name: 'map-loads-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/map\/service-map\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// The case shows the finder only when its point of contact refers the case onward.
const finderLoadsOnDemand = {
  name: 'finder-loads-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/finder\/service-finder\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** The case opens sealed data with jose, fetched with the first sealed case only: counted apart. */
const caseSealingLoadsOnDemand = {
  name: 'case-sealing-loads-on-demand',
  setup(build) {
    build.onResolve({ filter: /^@victim-referral\/client\/sealing$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** An npm entry; `lazy` the plugins that leave out what it loads on demand. */
const npmEntry = (
  name,
  path,
  limit,
  lazy = [otherLocales, sealingLoadsOnSubmit, mapLoadsOnDemand, caseSealingLoadsOnDemand, finderLoadsOnDemand],
) => ({
  name,
  path,
  import: '*',
  gzip: true,
  limit,
  modifyEsbuildConfig(config) {
    config.plugins = [...(config.plugins ?? []), ...lazy];
    return config;
  },
});

export default [
  cdn('CDN loader with the quick exit', loaderFile, '4.7 kB'),
  cdn(
    'CDN page with only <vr-service-finder> (loader and every chunk it fetches)',
    pageFiles(['service-finder']),
    '36.2 kB',
  ),
  cdn('CDN page with finder, form and quick exit', pageFiles(['service-finder', 'referral-form']), '65.1 kB'),
  cdn('CDN: the form chunk alone', chunk('referral-form'), '12.7 kB'),
  cdn(
    'CDN: what <vr-service-map> adds to a finder page (Leaflet, clustering, outline of Europe)',
    addedFiles(['service-map'], ['service-finder']),
    '64.4 kB',
  ),
  cdn(
    'CDN page with only <vr-referral-status> (loader and every chunk it fetches)',
    pageFiles(['referral-status']),
    '26.6 kB',
  ),
  cdn('CDN: the follow-up status chunk alone', chunk('referral-status'), '3.9 kB'),
  cdn(
    'CDN: one further language on a finder page (French finder and safety strings, labels of its vocabularies)',
    languageFiles('fr', ['finder', 'safety', 'labels-finder']),
    '4 kB',
  ),
  cdn(
    'CDN: sealing (jose), fetched when the form sends sealed or a sealed case opens',
    [chunk('seal-record'), chunk('sealing')],
    '12.1 kB',
  ),
  npmEntry('npm: every widget (index.js)', 'dist/index.js', '68.3 kB'),
  npmEntry('npm: service-finder.js', 'dist/finder/service-finder.js', '33.9 kB'),
  npmEntry('npm: referral-form.js', 'dist/form/referral-form.js', '38.0 kB'),
  npmEntry('npm: referral-status.js', 'dist/status/referral-status.js', '27.4 kB'),
  npmEntry('npm: service-map.js (with Leaflet)', 'dist/map/service-map.js', '82.1 kB'),
  npmEntry('npm: quick-exit.js', 'dist/quick-exit/quick-exit.js', '4.2 kB'),
  npmEntry('npm: the sealing chunk (shared/seal-record.js, jose)', 'dist/shared/seal-record.js', '11.5 kB', [
    otherLocales,
  ]),
  cdn(
    'CDN: inbox and case beyond the chunks the finder and form share (jose apart)',
    addedFiles(['referral-inbox', 'referral-case'], ['service-finder', 'referral-form']),
    '19.3 kB',
  ),
  cdn('CDN page with inbox, case and quick exit', pageFiles(['referral-inbox', 'referral-case']), '49.4 kB'),
  cdn('CDN: the workspace in one further language (French)', [chunk('workspace-fr')], '3.2 kB'),
  npmEntry('npm: referral-inbox.js', 'dist/inbox/referral-inbox.js', '28.3 kB'),
  npmEntry('npm: referral-case.js (jose apart)', 'dist/case/referral-case.js', '41.4 kB'),
];
