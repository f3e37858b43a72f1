/** The finder's and the map's strings as a locale resource of their own: only a page with the finder or the map loads them. */
import type { LocaleResource } from '../index.js';
import { finderEn } from './en.js';

export type FinderStrings = typeof finderEn;

export const finderStrings: LocaleResource<FinderStrings> = {
  english: finderEn,
  loaders: {
    fr: () => import('./fr.js').then((m) => m.finderFr),
    de: () => import('./de.js').then((m) => m.finderDe),
    es: () => import('./es.js').then((m) => m.finderEs),
    it: () => import('./it.js').then((m) => m.finderIt),
    pt: () => import('./pt.js').then((m) => m.finderPt),
    nl: () => import('./nl.js').then((m) => m.finderNl),
    pl: () => import('./pl.js').then((m) => m.finderPl),
    ro: () => import('./ro.js').then((m) => m.finderRo),
    el: () => import('./el.js').then((m) => m.finderEl),
    sv: () => import('./sv.js').then((m) => m.finderSv),
    uk: () => import('./uk.js').then((m) => m.finderUk),
    ar: () => import('./ar.js').then((m) => m.finderAr),
    bg: () => import('./bg.js').then((m) => m.finderBg),
    cs: () => import('./cs.js').then((m) => m.finderCs),
    da: () => import('./da.js').then((m) => m.finderDa),
    et: () => import('./et.js').then((m) => m.finderEt),
    fi: () => import('./fi.js').then((m) => m.finderFi),
    hr: () => import('./hr.js').then((m) => m.finderHr),
    hu: () => import('./hu.js').then((m) => m.finderHu),
    ga: () => import('./ga.js').then((m) => m.finderGa),
    lt: () => import('./lt.js').then((m) => m.finderLt),
    lv: () => import('./lv.js').then((m) => m.finderLv),
    mt: () => import('./mt.js').then((m) => m.finderMt),
    sk: () => import('./sk.js').then((m) => m.finderSk),
    sl: () => import('./sl.js').then((m) => m.finderSl),
    ru: () => import('./ru.js').then((m) => m.finderRu),
    tr: () => import('./tr.js').then((m) => m.finderTr),
  },
};
