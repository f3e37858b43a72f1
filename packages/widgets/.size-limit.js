/**
 * Size budgets, gzip: what was measured plus at most 1 kB. The CDN file is measured as shipped
 * (built with rolldown); each npm entry is bundled (esbuild) with its dependencies except the peer
 * dependency zod, and without the non-English locales, which load on demand as separate chunks.
 *
 * The CDN file is 48.9 kB, not the 35 kB first planned. Its parts, each bundled alone (gzip):
 * lit 5.7 kB, ky 8.0 kB, zod with every schema the widgets use and the client's transport 16.6 kB
 * (of which zod with ReferralCreate and toFieldErrors alone: 10.4 kB), and the widgets' own code
 * (three elements, English strings and vocabulary labels, styles) 19.6 kB; compressed together,
 * about 1.3 kB less.
 * lit, ky and zod with the referral schema are 24 kB before any widget code, which leaves 11 kB
 * for code that is 19.6 kB: 35 kB would mean dropping features, not bytes. What was trimmed:
 * the client's transport now takes endpoint definitions, so only the endpoints called (and their
 * response schemas) are bundled; the file no longer exports `createReferralClient`, which bound
 * every endpoint; rolldown drops unused schemas that esbuild keeps.
 */
import { labelLanguages } from '@victim-referral/schemas/labels';

const otherLanguages = labelLanguages.filter((language) => language !== 'en').join('|');
const otherLocaleModule = new RegExp(`^\\.\\.?/(locales/|taxonomy/)?(${otherLanguages})\\.js$`);

const otherLocales = {
  name: 'non-english-locales-load-on-demand',
  setup(build) {
    build.onResolve({ filter: otherLocaleModule }, (args) => ({
      path: args.path,
      external: true,
    }));
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
  {
    name: 'CDN file: lit, zod, ky, the transport and every widget',
    path: 'dist/cdn/victim-referral-widgets.js',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
    limit: '49.5 kB',
  },
  npmEntry('npm: every widget (index.js)', 'dist/index.js', '42 kB'),
  npmEntry('npm: service-finder.js', 'dist/finder/service-finder.js', '33.5 kB'),
  npmEntry('npm: referral-form.js', 'dist/form/referral-form.js', '36.5 kB'),
  npmEntry('npm: quick-exit.js', 'dist/quick-exit/quick-exit.js', '13.5 kB'),
];
