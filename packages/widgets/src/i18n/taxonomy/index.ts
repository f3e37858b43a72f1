/** The vocabularies' labels per language: English from the schemas, the others loaded on demand. */
import type { LocaleResource } from '../locales/index.js';
import { taxonomyEn } from './en.js';
import type { TaxonomyLabels } from './types.js';

export type { TaxonomyLabels } from './types.js';

export const taxonomy: LocaleResource<TaxonomyLabels> = {
  english: taxonomyEn,
  loaders: {
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
  },
};
