/**
 * The locales the widgets ship: the languages `@victim-referral/schemas/labels` labels the
 * vocabularies in. English is bundled; every other locale is a separate module loaded when an
 * element asks for it, so a page pays only for the languages it shows. A language the widgets do
 * not ship falls back to English.
 *
 * To add a locale: add its vocabulary labels to `@victim-referral/schemas/labels`, then write
 * `locales/<locale>.ts` (`export const <locale>: Strings`) and register it below.
 */
import { labelLanguages } from '@victim-referral/schemas/labels';
import { en, type Strings } from './en.js';
import { localeLoaders } from './loaders.js';

export type { Strings } from './en.js';

export const supportedLocales = labelLanguages;

export type SupportedLocale = (typeof supportedLocales)[number];

/** Something translated: its English form, bundled, and a loader for every other shipped locale. */
export interface LocaleResource<T> {
  readonly english: T;
  readonly loaders: { readonly [L in Exclude<SupportedLocale, 'en'>]: () => Promise<T> };
}

export const strings: LocaleResource<Strings> = { english: en, loaders: localeLoaders };
