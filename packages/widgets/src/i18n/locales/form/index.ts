/** The referral form's strings as a locale resource of their own: only a page with the form (or a case, which shows its answers) loads them. */
import type { LocaleResource } from '../index.js';
import { formEn } from './en.js';

export type FormStrings = { form: typeof formEn };

export const formStrings: LocaleResource<FormStrings> = {
  english: { form: formEn },
  loaders: {
    fr: () => import('./fr.js').then((m) => ({ form: m.formFr })),
    de: () => import('./de.js').then((m) => ({ form: m.formDe })),
    es: () => import('./es.js').then((m) => ({ form: m.formEs })),
    it: () => import('./it.js').then((m) => ({ form: m.formIt })),
    pt: () => import('./pt.js').then((m) => ({ form: m.formPt })),
    nl: () => import('./nl.js').then((m) => ({ form: m.formNl })),
    pl: () => import('./pl.js').then((m) => ({ form: m.formPl })),
    ro: () => import('./ro.js').then((m) => ({ form: m.formRo })),
    el: () => import('./el.js').then((m) => ({ form: m.formEl })),
    sv: () => import('./sv.js').then((m) => ({ form: m.formSv })),
    uk: () => import('./uk.js').then((m) => ({ form: m.formUk })),
    ar: () => import('./ar.js').then((m) => ({ form: m.formAr })),
    bg: () => import('./bg.js').then((m) => ({ form: m.formBg })),
    cs: () => import('./cs.js').then((m) => ({ form: m.formCs })),
    da: () => import('./da.js').then((m) => ({ form: m.formDa })),
    et: () => import('./et.js').then((m) => ({ form: m.formEt })),
    fi: () => import('./fi.js').then((m) => ({ form: m.formFi })),
    hr: () => import('./hr.js').then((m) => ({ form: m.formHr })),
    hu: () => import('./hu.js').then((m) => ({ form: m.formHu })),
    ga: () => import('./ga.js').then((m) => ({ form: m.formGa })),
    lt: () => import('./lt.js').then((m) => ({ form: m.formLt })),
    lv: () => import('./lv.js').then((m) => ({ form: m.formLv })),
    mt: () => import('./mt.js').then((m) => ({ form: m.formMt })),
    sk: () => import('./sk.js').then((m) => ({ form: m.formSk })),
    sl: () => import('./sl.js').then((m) => ({ form: m.formSl })),
    ru: () => import('./ru.js').then((m) => ({ form: m.formRu })),
    tr: () => import('./tr.js').then((m) => ({ form: m.formTr })),
  },
};
