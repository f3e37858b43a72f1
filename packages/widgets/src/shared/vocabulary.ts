import type { VocabularyName } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';

export interface LabelledCode {
  readonly value: string;
  readonly label: string;
}

/** The codes of a vocabulary with their labels in the element's language (the code when unlabelled). */
export function vocabularyChoices(
  taxonomy: TaxonomyLabels,
  vocabulary: VocabularyName,
  codes: readonly string[],
): LabelledCode[] {
  const names = taxonomy[vocabulary] as Record<string, string>;
  return codes.map((code) => ({ value: code, label: names[code] ?? code }));
}
