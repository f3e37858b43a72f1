import { type Taxonomy, type VocabularyName, vocabularies } from '@victim-referral/schemas';
import type { Operations } from './types.js';

function taxonomyOf(): Taxonomy {
  const terms: Partial<Taxonomy['vocabularies']> = {};
  for (const name of Object.keys(vocabularies) as VocabularyName[]) {
    terms[name] = vocabularies[name].map((term) => ({ code: term.code, labels: { en: term.label } }));
  }
  return { vocabularies: terms as Taxonomy['vocabularies'] };
}

const taxonomy = taxonomyOf();

export const openapiPath = '/v1/openapi.json';
export const jsonSchemasPath = '/v1/json-schema/';

export function protocolOperations(): Pick<Operations, 'getProtocolInfo' | 'getTaxonomy'> {
  return {
    getProtocolInfo: () => ({
      body: {
        protocol: 'victim-referral',
        version: '1',
        links: { openapi: openapiPath, jsonSchemas: jsonSchemasPath },
      },
    }),
    getTaxonomy: () => ({ body: taxonomy }),
  };
}
