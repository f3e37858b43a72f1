/** The vocabularies' labels, as the schemas package publishes them in every shipped locale. */
import { type TaxonomyLabels, taxonomyEn, taxonomyLabelLoaders } from '@victim-referral/schemas/labels';
import type { LocaleResource } from './locales/index.js';

export const taxonomy: LocaleResource<TaxonomyLabels> = { english: taxonomyEn, loaders: taxonomyLabelLoaders };
