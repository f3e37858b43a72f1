import * as z from 'zod/mini';
import { type VocabularyName, vocabularies } from '../vocabularies.js';

const vocabularyNames = /* @__PURE__ */ Object.keys(vocabularies) as [VocabularyName, ...VocabularyName[]];

/** `GET /v1`: what this server speaks and where its machine-readable descriptions are. */
export const ProtocolInfo = z.object({
  protocol: z.literal('victim-referral'),
  /** `1.1`: every 1.x answer keeps what 1 had. */
  version: z.enum(['1', '1.1']),
  links: z.object({
    openapi: z.string(),
    jsonSchemas: z.string(),
  }),
});

export const TaxonomyTerm = z.object({
  code: z.string(),
  labels: z.record(z.string(), z.string()),
});

/** `GET /v1/taxonomy`: every controlled vocabulary with labels per locale. */
export const Taxonomy = z.object({
  vocabularies: z.record(z.enum(vocabularyNames), z.array(TaxonomyTerm)),
});

export type ProtocolInfo = z.infer<typeof ProtocolInfo>;
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;
export type Taxonomy = z.infer<typeof Taxonomy>;
