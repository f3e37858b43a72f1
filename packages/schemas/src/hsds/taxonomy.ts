/**
 * Our codes travel in HSDS as attributes whose taxonomy term belongs to a `victim-referral/...`
 * taxonomy: a vocabulary name (`victim-referral/formsOfAssistance`) or one of the extra
 * taxonomies below for facts HSDS has no field for.
 */
import { type VocabularyName, vocabularies } from '../vocabularies.js';
import { derivedId } from './ids.js';
import type { HsdsAttribute } from './types.js';

export const taxonomyPrefix = 'victim-referral/';

export const extraTaxonomies = {
  timeZone: 'time-zone',
  serviceFlags: 'service-flags',
  country: 'country',
  languages: 'languages',
} as const;

export type TaxonomyName = VocabularyName | (typeof extraTaxonomies)[keyof typeof extraTaxonomies];

export function labelOf(vocabulary: VocabularyName, code: string): string {
  return vocabularies[vocabulary].find((term) => term.code === code)?.label ?? code;
}

export function isVocabularyName(name: string): name is VocabularyName {
  return Object.hasOwn(vocabularies, name);
}

export function hsdsAttribute(
  link: { id: string; entity: 'service' | 'organization' },
  taxonomy: TaxonomyName,
  code: string,
  label: string,
): HsdsAttribute {
  const termId = derivedId('taxonomy-term', taxonomy, code);
  return {
    id: derivedId('attribute', link.id, taxonomy, code),
    link_id: link.id,
    link_type: 'classification',
    link_entity: link.entity,
    taxonomy_term_id: termId,
    taxonomy_term: { id: termId, code, name: label, description: label, taxonomy: `${taxonomyPrefix}${taxonomy}` },
    value: code,
    label,
  };
}

export function vocabularyAttributes(
  link: { id: string; entity: 'service' | 'organization' },
  vocabulary: VocabularyName,
  codes: readonly string[],
): HsdsAttribute[] {
  return codes.map((code) => hsdsAttribute(link, vocabulary, code, labelOf(vocabulary, code)));
}
