/** English labels of the vocabularies, as published by the schemas. */
import { type VocabularyName, vocabularies } from '@victim-referral/schemas';
import type { TaxonomyLabels } from './types.js';

export const taxonomyEn = Object.fromEntries(
  (Object.keys(vocabularies) as VocabularyName[]).map((name) => [
    name,
    Object.fromEntries(vocabularies[name].map((term) => [term.code, term.label])),
  ]),
) as TaxonomyLabels;
