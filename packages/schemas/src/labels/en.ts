/** English labels of the vocabularies: the labels the vocabularies themselves carry. */
import { type VocabularyName, vocabularies } from '../vocabularies.js';
import type { TaxonomyLabels } from './types.js';

export const taxonomyEn = /* @__PURE__ */ Object.fromEntries(
  (Object.keys(vocabularies) as VocabularyName[]).map((name) => [
    name,
    Object.fromEntries(vocabularies[name].map((term) => [term.code, term.label])),
  ]),
) as TaxonomyLabels;
