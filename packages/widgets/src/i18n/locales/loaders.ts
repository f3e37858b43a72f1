/** A loader for the strings of every shipped locale but English: each is its own chunk. */
import type { Strings } from './en.js';
import type { SupportedLocale } from './index.js';

export const localeLoaders: { readonly [L in Exclude<SupportedLocale, 'en'>]: () => Promise<Strings> } = {
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  it: () => import('./it.js').then((m) => m.it),
  pt: () => import('./pt.js').then((m) => m.pt),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  ro: () => import('./ro.js').then((m) => m.ro),
  el: () => import('./el.js').then((m) => m.el),
  sv: () => import('./sv.js').then((m) => m.sv),
  uk: () => import('./uk.js').then((m) => m.uk),
  ar: () => import('./ar.js').then((m) => m.ar),
};
