/** The vocabularies' labels, as the schemas package publishes them in every shipped language. */
import { type TaxonomyLabels, taxonomyEn, taxonomyLabelLoaders } from '@victim-referral/schemas/labels';
import type { LocaleResource, SupportedLocale } from './locales/index.js';

// Typed in full, so a locale the widgets ship without labels in the schemas is a compile error.
const loaders: { readonly [L in Exclude<SupportedLocale, 'en'>]: () => Promise<TaxonomyLabels> } = taxonomyLabelLoaders;

export const taxonomy: LocaleResource<TaxonomyLabels> = { english: taxonomyEn, loaders };
