/**
 * The locales the widgets ship: the languages `@victim-referral/schemas/labels` labels the
 * vocabularies in. The strings come in parts, one per element or group of elements (`finder/`,
 * `form/`, `status/`, `safety/`, `quick-exit/`, `workspace/`), each a `LocaleResource`: English is bundled with
 * the elements that show it, every other language of a part is a module of its own loaded when an
 * element asks for it, so a page pays only for the elements and languages it shows. A language
 * the widgets do not ship falls back to English.
 *
 * To add a locale: add its vocabulary labels to `@victim-referral/schemas/labels`, then write
 * `<part>/<locale>.ts` for each part, register them in each part's `index.ts`, and assemble them in
 * `<locale>.ts` (`export const <locale>: Strings`, which tests read).
 */
import { labelLanguages } from '@victim-referral/schemas/labels';

export type { Strings } from './en.js';

export const supportedLocales = labelLanguages;

export type SupportedLocale = (typeof supportedLocales)[number];

/** Something translated: its English form, bundled, and a loader for every other shipped locale. */
export interface LocaleResource<T> {
  readonly english: T;
  readonly loaders: { readonly [L in Exclude<SupportedLocale, 'en'>]: () => Promise<T> };
}
