/**
 * The workspace's strings as a locale resource of their own: only the pages that show the inbox
 * or a case load them, so a page with only the finder or the form does not pay for them.
 */
import type { LocaleResource } from '../index.js';
import { type WorkspaceStrings, workspaceEn } from './en.js';

export type { WorkspaceStrings } from './en.js';

export const workspaceStrings: LocaleResource<WorkspaceStrings> = {
  english: workspaceEn,
  loaders: {
    fr: () => import('./fr.js').then((m) => m.workspaceFr),
    de: () => import('./de.js').then((m) => m.workspaceDe),
    es: () => import('./es.js').then((m) => m.workspaceEs),
    it: () => import('./it.js').then((m) => m.workspaceIt),
    pt: () => import('./pt.js').then((m) => m.workspacePt),
    nl: () => import('./nl.js').then((m) => m.workspaceNl),
    pl: () => import('./pl.js').then((m) => m.workspacePl),
    ro: () => import('./ro.js').then((m) => m.workspaceRo),
    el: () => import('./el.js').then((m) => m.workspaceEl),
    sv: () => import('./sv.js').then((m) => m.workspaceSv),
    uk: () => import('./uk.js').then((m) => m.workspaceUk),
    ar: () => import('./ar.js').then((m) => m.workspaceAr),
    bg: () => import('./bg.js').then((m) => m.workspaceBg),
    cs: () => import('./cs.js').then((m) => m.workspaceCs),
    da: () => import('./da.js').then((m) => m.workspaceDa),
    et: () => import('./et.js').then((m) => m.workspaceEt),
    fi: () => import('./fi.js').then((m) => m.workspaceFi),
    hr: () => import('./hr.js').then((m) => m.workspaceHr),
    hu: () => import('./hu.js').then((m) => m.workspaceHu),
    ga: () => import('./ga.js').then((m) => m.workspaceGa),
    lt: () => import('./lt.js').then((m) => m.workspaceLt),
    lv: () => import('./lv.js').then((m) => m.workspaceLv),
    mt: () => import('./mt.js').then((m) => m.workspaceMt),
    sk: () => import('./sk.js').then((m) => m.workspaceSk),
    sl: () => import('./sl.js').then((m) => m.workspaceSl),
    ru: () => import('./ru.js').then((m) => m.workspaceRu),
    tr: () => import('./tr.js').then((m) => m.workspaceTr),
  },
};
