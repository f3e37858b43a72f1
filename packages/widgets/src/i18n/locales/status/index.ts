/** The follow-up status element's strings as a locale resource of their own: only a page with it loads them. */
import type { LocaleResource } from '../index.js';
import { enStatus } from './en.js';

export type StatusStrings = { status: typeof enStatus };

export const statusStrings: LocaleResource<StatusStrings> = {
  english: { status: enStatus },
  loaders: {
    fr: () => import('./fr.js').then((m) => ({ status: m.frStatus })),
    de: () => import('./de.js').then((m) => ({ status: m.deStatus })),
    es: () => import('./es.js').then((m) => ({ status: m.esStatus })),
    it: () => import('./it.js').then((m) => ({ status: m.itStatus })),
    pt: () => import('./pt.js').then((m) => ({ status: m.ptStatus })),
    nl: () => import('./nl.js').then((m) => ({ status: m.nlStatus })),
    pl: () => import('./pl.js').then((m) => ({ status: m.plStatus })),
    ro: () => import('./ro.js').then((m) => ({ status: m.roStatus })),
    el: () => import('./el.js').then((m) => ({ status: m.elStatus })),
    sv: () => import('./sv.js').then((m) => ({ status: m.svStatus })),
    uk: () => import('./uk.js').then((m) => ({ status: m.ukStatus })),
    ar: () => import('./ar.js').then((m) => ({ status: m.arStatus })),
    bg: () => import('./bg.js').then((m) => ({ status: m.bgStatus })),
    cs: () => import('./cs.js').then((m) => ({ status: m.csStatus })),
    da: () => import('./da.js').then((m) => ({ status: m.daStatus })),
    et: () => import('./et.js').then((m) => ({ status: m.etStatus })),
    fi: () => import('./fi.js').then((m) => ({ status: m.fiStatus })),
    hr: () => import('./hr.js').then((m) => ({ status: m.hrStatus })),
    hu: () => import('./hu.js').then((m) => ({ status: m.huStatus })),
    ga: () => import('./ga.js').then((m) => ({ status: m.gaStatus })),
    lt: () => import('./lt.js').then((m) => ({ status: m.ltStatus })),
    lv: () => import('./lv.js').then((m) => ({ status: m.lvStatus })),
    mt: () => import('./mt.js').then((m) => ({ status: m.mtStatus })),
    sk: () => import('./sk.js').then((m) => ({ status: m.skStatus })),
    sl: () => import('./sl.js').then((m) => ({ status: m.slStatus })),
    ru: () => import('./ru.js').then((m) => ({ status: m.ruStatus })),
    tr: () => import('./tr.js').then((m) => ({ status: m.trStatus })),
  },
};
