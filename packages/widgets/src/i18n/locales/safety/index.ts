/** The emergency notice's strings as a locale resource of their own: only a page with the finder or the form loads them. */
import type { LocaleResource } from '../index.js';
import { safetyEn } from './en.js';

export type SafetyStrings = typeof safetyEn;

export const safetyStrings: LocaleResource<SafetyStrings> = {
  english: safetyEn,
  loaders: {
    fr: () => import('./fr.js').then((m) => m.safetyFr),
    de: () => import('./de.js').then((m) => m.safetyDe),
    es: () => import('./es.js').then((m) => m.safetyEs),
    it: () => import('./it.js').then((m) => m.safetyIt),
    pt: () => import('./pt.js').then((m) => m.safetyPt),
    nl: () => import('./nl.js').then((m) => m.safetyNl),
    pl: () => import('./pl.js').then((m) => m.safetyPl),
    ro: () => import('./ro.js').then((m) => m.safetyRo),
    el: () => import('./el.js').then((m) => m.safetyEl),
    sv: () => import('./sv.js').then((m) => m.safetySv),
    uk: () => import('./uk.js').then((m) => m.safetyUk),
    ar: () => import('./ar.js').then((m) => m.safetyAr),
    bg: () => import('./bg.js').then((m) => m.safetyBg),
    cs: () => import('./cs.js').then((m) => m.safetyCs),
    da: () => import('./da.js').then((m) => m.safetyDa),
    et: () => import('./et.js').then((m) => m.safetyEt),
    fi: () => import('./fi.js').then((m) => m.safetyFi),
    hr: () => import('./hr.js').then((m) => m.safetyHr),
    hu: () => import('./hu.js').then((m) => m.safetyHu),
    ga: () => import('./ga.js').then((m) => m.safetyGa),
    lt: () => import('./lt.js').then((m) => m.safetyLt),
    lv: () => import('./lv.js').then((m) => m.safetyLv),
    mt: () => import('./mt.js').then((m) => m.safetyMt),
    sk: () => import('./sk.js').then((m) => m.safetySk),
    sl: () => import('./sl.js').then((m) => m.safetySl),
    ru: () => import('./ru.js').then((m) => m.safetyRu),
    tr: () => import('./tr.js').then((m) => m.safetyTr),
  },
};
