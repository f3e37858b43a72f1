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
  },
};
