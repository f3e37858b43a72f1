import type { CodeOf, VocabularyName } from '../vocabularies.js';

/** The label of every code of every vocabulary, in one language. */
export type TaxonomyLabels = { [V in VocabularyName]: Record<CodeOf<V>, string> };
