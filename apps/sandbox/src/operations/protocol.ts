import { type Taxonomy, type VocabularyName, vocabularies } from '@victim-referral/schemas';
import { labelLanguages, type TaxonomyLabels, taxonomyEn, taxonomyLabelLoaders } from '@victim-referral/schemas/labels';
import type { Operations } from './types.js';

/** A code's label; the labels' type holds one for every code of every vocabulary. */
function labelOf(labels: TaxonomyLabels, name: VocabularyName, code: string): string {
  return (labels[name] as Record<string, string>)[code] as string;
}

/** Every vocabulary, each code with its label in every language the schemas package ships. */
export async function loadTaxonomy(): Promise<Taxonomy> {
  const labelsByLanguage = await Promise.all(
    labelLanguages.map(async (language) => ({
      language,
      labels: language === 'en' ? taxonomyEn : await taxonomyLabelLoaders[language](),
    })),
  );
  const terms: Partial<Taxonomy['vocabularies']> = {};
  for (const name of Object.keys(vocabularies) as VocabularyName[]) {
    terms[name] = vocabularies[name].map((term) => ({
      code: term.code,
      labels: Object.fromEntries(
        labelsByLanguage.map(({ language, labels }) => [language, labelOf(labels, name, term.code)]),
      ),
    }));
  }
  return { vocabularies: terms as Taxonomy['vocabularies'] };
}

export const openapiPath = '/v1/openapi.json';
export const jsonSchemasPath = '/v1/json-schema/';

export function protocolOperations(taxonomy: Taxonomy): Pick<Operations, 'getProtocolInfo' | 'getTaxonomy'> {
  return {
    getProtocolInfo: () => ({
      body: {
        protocol: 'victim-referral',
        version: '1.1',
        links: { openapi: openapiPath, jsonSchemas: jsonSchemasPath },
      },
    }),
    getTaxonomy: () => ({ body: taxonomy }),
  };
}
