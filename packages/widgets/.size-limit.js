/**
 * Size budgets, gzip, as a browser fetches the files. The CDN build is measured as shipped (built
 * with rolldown): the loader alone, then everything a page fetches for the elements it shows (the
 * loader, each element's chunk and the shared chunks they import), then one further language.
 * Each npm entry is bundled (esbuild) with its dependencies except the peer dependency zod, and
 * without the non-English locales, which load on demand as separate chunks.
 *
 * Targets of issue 12 and where the build stands (the limits are what was measured plus at most
 * 0.5 kB, so a regression fails while the targets are worked towards):
 * - the loader with the quick exit and its "staying safe online" advice: target 6 kB, measured
 *   4.2 kB with 28 languages and `supportedLocales` (met);
 * - a page with only the finder: target 28 kB, measured 60.6 kB with the emergency notice, the
 *   safety advice, the new filters and "near me" of issue 14 and the map switch (the loader counts too). The shared chunk
 *   of the transport is 23.9 kB: ky (8.7 kB) and zod with the error body and the endpoints'
 *   schemas, which the client's error mapping checks every problem body with. Meeting 28 kB needs a
 *   transport path without zod (response and problem bodies read defensively) and endpoint
 *   definitions without their schemas;
 * - finder, form and quick exit: target 45 kB, measured 72.8 kB, for the same reason;
 * - a further language (strings and vocabulary labels): target 4 kB, measured 10.3 kB for French
 *   (4.4 kB of strings for every element and 2.4 kB of labels); per-element strings would fit.
 *
 * Issue 11 (sealed referrals) added 3.4 kB to the shared chunk every page fetches (4.8 kB to the
 * npm entries): the sealing table with its reasons and the check telling a record's sealed and
 * clear shapes apart, which the record schemas now carry; the limits follow (measured + 0.4 kB). The sealing itself (jose) is a chunk of its own, fetched when the form sends to an
 * organisation that publishes keys, measured on its own below (npm: `shared/seal-record.js`, shared with the case's messages).
 * The map of issue 14 loads only when shown: what it adds to a page with the finder is Leaflet
 * (about 40 kB; its ES build barely tree-shakes), Supercluster, Leaflet's CSS and the outline of
 * Europe (about 11 kB), 64.0 kB measured. The finder's list/map switch and the map's strings
 * (every element's strings share one module per language) grew the finder page by 1.1 kB (49.1 kB
 * measured; with the form 58.0 kB) and a further language by 0.4 kB.
 * Issue 9/14 (the cross-border step, the follow-up confirmation and <vr-referral-status>) adds about
 * 1.8 kB gzip to every page: the English strings of every element are bundled with each of them
 * (the status element's alone are 1 kB). Splitting the strings per element would take it back.
 * Measured then: finder page 50.3 kB, finder + form 61.2 kB, form chunk 10.7 kB, status page
 * 48.1 kB, status chunk 3.5 kB, French 9.1 kB; npm index 51.5 kB, finder 36.7 kB, form 41.8 kB,
 * status 34.7 kB.
 *
 * Where the CDN build stands after issues 9, 11 and 14 landed (measured, gzip): the loader 3.6 kB;
 * a finder page 55.2 kB and finder + form 67.4 kB (far over issue 12's 28 and 45 kB: the shared
 * chunk carries ky, zod, the sealing table and every element's English strings); the status page
 * 50.5 kB; one further language 9.5 kB. A transport path without zod and ky for the widgets (routes
 * generated from the contract, one retry loop shared with the client) measured 27.5 kB for a
 * finder page on the 13-language base; it is the next step of issue 12.
 *
 * After the finder's emergency notice, "staying safe online", the 1.1 filters, paused services and
 * "near me" joined them (measured, gzip, limits = measured + 0.5 kB): the loader 4.2 kB; a finder
 * page 60.6 kB and finder + form 72.8 kB; the form chunk 10.9 kB; the map adds 64.1 kB; the status
 * page 51.9 kB and its chunk 3.7 kB; French 10.3 kB; the sealing chunk 8.9 kB; npm index 60.3 kB,
 * finder 45.3 kB, form 47.7 kB, status 39.7 kB, map 100.5 kB, quick exit 3.8 kB, sealing 11.1 kB.
 *
 * Issue 13 (the point of contact's workspace), measured on its branch: the inbox and the case add
 * 14.0 kB beyond the chunks the finder and form share (target 30 kB, met), jose apart (fetched with
 * the first sealed case only), 2.3 kB of workspace strings per further language (their own chunks,
 * `workspace-<language>`).
 */
import { labelLanguages } from '@victim-referral/schemas/labels';
import {
  addedByChunk,
  addedFiles,
  chunk,
  languageFiles,
  loaderFile,
  pageFiles,
  workspaceLanguageFile,
} from './scripts/cdn-files.mjs';

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

const lazyChunks = [otherLocales, sealingLoadsOnSubmit, mapLoadsOnDemand, finderLoadsOnDemand];

const npmEntry = (name, path, limit, plugins = lazyChunks) => ({
  name,
  path,
  import: '*',
  gzip: true,
  limit,
  modifyEsbuildConfig(config) {
    config.plugins = [...(config.plugins ?? []), ...plugins];
    return config;
  },
});

export default [
  cdn('CDN loader with the quick exit', loaderFile, '4.8 kB'),
  cdn(
    'CDN page with only <vr-service-finder> (loader and every chunk it fetches)',
    pageFiles(['service-finder']),
    '62.0 kB',
  ),
  cdn('CDN page with finder, form and quick exit', pageFiles(['service-finder', 'referral-form']), '74.5 kB'),
  cdn('CDN: the form chunk alone', chunk('referral-form'), '11.4 kB'),
  cdn(
    'CDN: what <vr-service-map> adds to a finder page (Leaflet, clustering, outline of Europe)',
    addedFiles(['service-map'], ['service-finder']),
    '64.6 kB',
  ),
  cdn(
    'CDN page with only <vr-referral-status> (loader and every chunk it fetches)',
    pageFiles(['referral-status']),
    '52.5 kB',
  ),
  cdn('CDN: the follow-up status chunk alone', chunk('referral-status'), '4.2 kB'),
  cdn('CDN: one further language (French strings and labels)', languageFiles('fr'), '10.8 kB'),
  cdn(
    'CDN: what sending sealed adds to a finder and form page (jose), fetched on submit',
    addedByChunk('seal-record', ['service-finder', 'referral-form']),
    '12.2 kB',
  ),
  npmEntry('npm: every widget (index.js; jose apart)', 'dist/index.js', '74.6 kB', [
    ...lazyChunks,
    caseSealingLoadsOnDemand,
  ]),
  npmEntry('npm: service-finder.js', 'dist/finder/service-finder.js', '45.9 kB'),
  npmEntry('npm: referral-form.js', 'dist/form/referral-form.js', '48.2 kB'),
  npmEntry('npm: referral-status.js', 'dist/status/referral-status.js', '40.2 kB'),
  npmEntry('npm: service-map.js (with Leaflet)', 'dist/map/service-map.js', '101.1 kB'),
  npmEntry('npm: quick-exit.js', 'dist/quick-exit/quick-exit.js', '4.3 kB'),
  npmEntry('npm: the sealing chunk (shared/seal-record.js, jose)', 'dist/shared/seal-record.js', '11.7 kB'),
  cdn(
    'CDN: inbox and case beyond the chunks the finder and form share (jose apart)',
    addedFiles(['referral-inbox', 'referral-case'], ['service-finder', 'referral-form']),
    '17.1 kB',
  ),
  cdn('CDN page with inbox, case and quick exit', pageFiles(['referral-inbox', 'referral-case']), '69.1 kB'),
  cdn('CDN: opening sealed data (jose), fetched with the first sealed case', chunk('sealing'), '12.0 kB'),
  cdn('CDN: the workspace in one further language (French)', workspaceLanguageFile('fr'), '2.8 kB'),
  npmEntry('npm: referral-inbox.js', 'dist/inbox/referral-inbox.js', '43.0 kB'),
  npmEntry('npm: referral-case.js (jose apart)', 'dist/case/referral-case.js', '57.2 kB', [
    ...lazyChunks,
    caseSealingLoadsOnDemand,
  ]),
];
