/**
 * Size budgets, gzip, as a browser fetches the files. The CDN build is measured as shipped (built
 * with rolldown): the loader alone, then everything a page fetches for the elements it shows (the
 * loader, each element's chunk and the shared chunks they import), then one further language.
 * Each npm entry is bundled (esbuild) with its dependencies except the peer dependency zod, and
 * without the non-English locales, which load on demand as separate chunks.
 *
 * Targets of issue 12 and where the build stands (the limits are what was measured plus at most
 * 0.5 kB, so a regression fails while the targets are worked towards):
 * - the loader with the quick exit: target 6 kB, measured 3.1 kB (met);
 * - a page with only the finder: target 28 kB, measured 46.0 kB. The shared chunk of the
 *   transport is 23.9 kB: ky (8.7 kB) and zod with the error body and the endpoints' schemas,
 *   which the client's error mapping checks every problem body with. Meeting 28 kB needs a
 *   transport path without zod (response and problem bodies read defensively) and endpoint
 *   definitions without their schemas;
 * - finder, form and quick exit: target 45 kB, measured 55.0 kB, for the same reason;
 * - a further language (strings and vocabulary labels): target 4 kB, measured 6.8 kB for French
 *   (4.4 kB of strings for every element and 2.4 kB of labels); per-element strings would fit.
 */
import { chunk, languageFiles, loaderFile, pageFiles } from './scripts/cdn-files.mjs';

const cdn = (name, path, limit) => ({ name, path, gzip: true, disablePlugins: ['@size-limit/esbuild'], limit });

const otherLocales = {
  name: 'non-english-locales-load-on-demand',
  setup(build) {
    build.onResolve(
      { filter: /^\.\.?\/(locales\/|taxonomy\/)?(fr|de|es|it|pt|nl|pl|ro|el|sv|uk|ar)\.js$/ },
      (args) => ({
        path: args.path,
        external: true,
      }),
    );
  },
};

const npmEntry = (name, path, limit) => ({
  name,
  path,
  import: '*',
  gzip: true,
  limit,
  modifyEsbuildConfig(config) {
    config.plugins = [...(config.plugins ?? []), otherLocales];
    return config;
  },
});

export default [
  cdn('CDN loader with the quick exit', loaderFile, '3.6 kB'),
  cdn(
    'CDN page with only <vr-service-finder> (loader and every chunk it fetches)',
    pageFiles(['service-finder']),
    '36.4 kB',
  ),
  cdn('CDN page with finder, form and quick exit', pageFiles(['service-finder', 'referral-form']), '56.2 kB'),
  cdn('CDN: the form chunk alone', chunk('referral-form'), '9.2 kB'),
  cdn('CDN: one further language (French strings and labels)', languageFiles('fr'), '7.9 kB'),
  npmEntry('npm: every widget (index.js)', 'dist/index.js', '43.3 kB'),
  npmEntry('npm: service-finder.js', 'dist/finder/service-finder.js', '32 kB'),
  npmEntry('npm: referral-form.js', 'dist/form/referral-form.js', '36.5 kB'),
  npmEntry('npm: quick-exit.js', 'dist/quick-exit/quick-exit.js', '3.4 kB'),
];
