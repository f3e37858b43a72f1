/**
 * The quick exit's strings as a locale resource of their own, loaded by the CDN loader's quick exit
 * in the page's language. Its English is `../en-quick-exit.ts`, bundled with the element.
 */
import { enQuickExit } from '../en-quick-exit.js';
import type { LocaleResource } from '../index.js';

export type QuickExitStrings = { quickExit: typeof enQuickExit };

export const quickExitStrings: LocaleResource<QuickExitStrings> = {
  english: { quickExit: enQuickExit },
  loaders: {
    fr: () => import('./fr.js').then((m) => ({ quickExit: m.quickExitFr })),
    de: () => import('./de.js').then((m) => ({ quickExit: m.quickExitDe })),
    es: () => import('./es.js').then((m) => ({ quickExit: m.quickExitEs })),
    it: () => import('./it.js').then((m) => ({ quickExit: m.quickExitIt })),
    pt: () => import('./pt.js').then((m) => ({ quickExit: m.quickExitPt })),
    nl: () => import('./nl.js').then((m) => ({ quickExit: m.quickExitNl })),
    pl: () => import('./pl.js').then((m) => ({ quickExit: m.quickExitPl })),
    ro: () => import('./ro.js').then((m) => ({ quickExit: m.quickExitRo })),
    el: () => import('./el.js').then((m) => ({ quickExit: m.quickExitEl })),
    sv: () => import('./sv.js').then((m) => ({ quickExit: m.quickExitSv })),
    uk: () => import('./uk.js').then((m) => ({ quickExit: m.quickExitUk })),
    ar: () => import('./ar.js').then((m) => ({ quickExit: m.quickExitAr })),
    bg: () => import('./bg.js').then((m) => ({ quickExit: m.quickExitBg })),
    cs: () => import('./cs.js').then((m) => ({ quickExit: m.quickExitCs })),
    da: () => import('./da.js').then((m) => ({ quickExit: m.quickExitDa })),
    et: () => import('./et.js').then((m) => ({ quickExit: m.quickExitEt })),
    fi: () => import('./fi.js').then((m) => ({ quickExit: m.quickExitFi })),
    hr: () => import('./hr.js').then((m) => ({ quickExit: m.quickExitHr })),
    hu: () => import('./hu.js').then((m) => ({ quickExit: m.quickExitHu })),
    ga: () => import('./ga.js').then((m) => ({ quickExit: m.quickExitGa })),
    lt: () => import('./lt.js').then((m) => ({ quickExit: m.quickExitLt })),
    lv: () => import('./lv.js').then((m) => ({ quickExit: m.quickExitLv })),
    mt: () => import('./mt.js').then((m) => ({ quickExit: m.quickExitMt })),
    sk: () => import('./sk.js').then((m) => ({ quickExit: m.quickExitSk })),
    sl: () => import('./sl.js').then((m) => ({ quickExit: m.quickExitSl })),
    ru: () => import('./ru.js').then((m) => ({ quickExit: m.quickExitRu })),
    tr: () => import('./tr.js').then((m) => ({ quickExit: m.quickExitTr })),
  },
};
