import * as z from 'zod/mini';
import { vocabularies } from '../vocabularies.js';

/** `GET /v1`: what this server speaks and where its machine-readable descriptions are. */
export const ProtocolInfo = z.object({
  /** Always `victim-referral`. */
  protocol: z.literal('victim-referral'),
  /** `1.1`: every 1.x answer keeps what 1 had. */
  version: z.enum(['1', '1.1']),
  /** Where the server's machine-readable descriptions are. */
  links: z.object({
    /** The URL of the OpenAPI document. */
    openapi: z.string(),
    /** The URL of the folder of JSON Schemas. */
    jsonSchemas: z.string(),
  }),
});

/** A term of a vocabulary. */
export const TaxonomyTerm = z.object({
  /** The stable code records carry. */
  code: z.string(),
  /** Its label by locale (`en`, `pt-BR`, ...). */
  labels: z.record(z.string(), z.string()),
});

const TaxonomyTerms = z.array(TaxonomyTerm);

/** One property per vocabulary: each is described where the vocabulary is declared. */
type TaxonomyVocabularies = { [Name in keyof typeof vocabularies]: typeof TaxonomyTerms };

/** `GET /v1/taxonomy`: every controlled vocabulary with labels per locale. */
export const Taxonomy = z.object({
  /** Every controlled vocabulary of the protocol, by name, with its terms in order. */
  vocabularies: z.object(
    /* @__PURE__ */ Object.fromEntries(
      Object.keys(vocabularies).map((name) => [name, TaxonomyTerms]),
    ) as TaxonomyVocabularies,
  ),
});

export type ProtocolInfo = z.infer<typeof ProtocolInfo>;
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;
export type Taxonomy = z.infer<typeof Taxonomy>;
