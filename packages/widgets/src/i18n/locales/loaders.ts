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
  bg: () => import('./bg.js').then((m) => m.bg),
  cs: () => import('./cs.js').then((m) => m.cs),
  da: () => import('./da.js').then((m) => m.da),
  et: () => import('./et.js').then((m) => m.et),
  fi: () => import('./fi.js').then((m) => m.fi),
  hr: () => import('./hr.js').then((m) => m.hr),
  hu: () => import('./hu.js').then((m) => m.hu),
  ga: () => import('./ga.js').then((m) => m.ga),
  lt: () => import('./lt.js').then((m) => m.lt),
  lv: () => import('./lv.js').then((m) => m.lv),
  mt: () => import('./mt.js').then((m) => m.mt),
  sk: () => import('./sk.js').then((m) => m.sk),
  sl: () => import('./sl.js').then((m) => m.sl),
  ru: () => import('./ru.js').then((m) => m.ru),
  tr: () => import('./tr.js').then((m) => m.tr),
};
