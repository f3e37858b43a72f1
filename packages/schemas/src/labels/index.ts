/**
 * The vocabularies' labels in the network's languages, for anyone who shows a code to a person:
 * the widgets, the sandbox's `GET /v1/taxonomy`, a member's own site. English is the vocabularies'
 * own; every other language is a module of its own, loaded on demand, so a bundle pays only for
 * the languages it shows.
 *
 * To add a language: write `labels/<language>.ts` (`export const taxonomy<Language>: TaxonomyLabels`),
 * then add it to `labelLanguages` and `taxonomyLabelLoaders` below.
 */
import type { TaxonomyLabels } from './types.js';

export { taxonomyEn } from './en.js';
export type { TaxonomyLabels } from './types.js';

export const labelLanguages = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ro',
  'el',
  'sv',
  'uk',
  'ar',
  'bg',
  'cs',
  'da',
  'et',
  'fi',
  'hr',
  'hu',
  'ga',
  'lt',
  'lv',
  'mt',
  'sk',
  'sl',
  'ru',
  'tr',
] as const;

export type LabelLanguage = (typeof labelLanguages)[number];

/** A loader for the labels of every language but English. */
export const taxonomyLabelLoaders: { readonly [L in Exclude<LabelLanguage, 'en'>]: () => Promise<TaxonomyLabels> } = {
  fr: () => import('./fr.js').then((m) => m.taxonomyFr),
  de: () => import('./de.js').then((m) => m.taxonomyDe),
  es: () => import('./es.js').then((m) => m.taxonomyEs),
  it: () => import('./it.js').then((m) => m.taxonomyIt),
  pt: () => import('./pt.js').then((m) => m.taxonomyPt),
  nl: () => import('./nl.js').then((m) => m.taxonomyNl),
  pl: () => import('./pl.js').then((m) => m.taxonomyPl),
  ro: () => import('./ro.js').then((m) => m.taxonomyRo),
  el: () => import('./el.js').then((m) => m.taxonomyEl),
  sv: () => import('./sv.js').then((m) => m.taxonomySv),
  uk: () => import('./uk.js').then((m) => m.taxonomyUk),
  ar: () => import('./ar.js').then((m) => m.taxonomyAr),
  bg: () => import('./bg.js').then((m) => m.taxonomyBg),
  cs: () => import('./cs.js').then((m) => m.taxonomyCs),
  da: () => import('./da.js').then((m) => m.taxonomyDa),
  et: () => import('./et.js').then((m) => m.taxonomyEt),
  fi: () => import('./fi.js').then((m) => m.taxonomyFi),
  hr: () => import('./hr.js').then((m) => m.taxonomyHr),
  hu: () => import('./hu.js').then((m) => m.taxonomyHu),
  ga: () => import('./ga.js').then((m) => m.taxonomyGa),
  lt: () => import('./lt.js').then((m) => m.taxonomyLt),
  lv: () => import('./lv.js').then((m) => m.taxonomyLv),
  mt: () => import('./mt.js').then((m) => m.taxonomyMt),
  sk: () => import('./sk.js').then((m) => m.taxonomySk),
  sl: () => import('./sl.js').then((m) => m.taxonomySl),
  ru: () => import('./ru.js').then((m) => m.taxonomyRu),
  tr: () => import('./tr.js').then((m) => m.taxonomyTr),
};
