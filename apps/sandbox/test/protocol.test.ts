import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contract, ProtocolInfo, Taxonomy, type VocabularyName, vocabularies } from '@victim-referral/schemas';
import { labelLanguages, taxonomyLabelLoaders } from '@victim-referral/schemas/labels';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './support/sandbox.js';

const t = useSandbox();
const require = createRequire(import.meta.url);

describe('protocol endpoints', () => {
  it('describes itself at /v1, without credentials', async () => {
    const reply = await t.request('GET', '/v1');
    expect(reply.status).toBe(200);
    expect(ProtocolInfo.parse(reply.body)).toEqual(reply.body);
    expect(reply.body.links.openapi).toBe('/v1/openapi.json');
  });

  it('serves every vocabulary with its labels in every shipped language', async () => {
    const reply = await t.request('GET', '/v1/taxonomy');
    expect(reply.status).toBe(200);
    const taxonomy = Taxonomy.parse(reply.body);
    expect(Object.keys(taxonomy.vocabularies).sort()).toEqual(Object.keys(vocabularies).sort());
    for (const [name, terms] of Object.entries(taxonomy.vocabularies)) {
      expect(terms.map((term) => term.code)).toEqual(vocabularies[name as VocabularyName].map((term) => term.code));
      for (const term of terms) {
        expect(Object.keys(term.labels)).toEqual([...labelLanguages]);
        expect(Object.values(term.labels).every((label) => label.trim() !== '')).toBe(true);
      }
    }
    const urgent = taxonomy.vocabularies.priorities.find((term) => term.code === 'urgent');
    expect(urgent?.labels).toMatchObject({ en: 'Urgent', fr: (await taxonomyLabelLoaders.fr()).priorities.urgent });
  });

  it("serves the schemas package's OpenAPI document, with every operation of the contract", async () => {
    const reply = await t.request('GET', '/v1/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(
      JSON.parse(readFileSync(require.resolve('@victim-referral/schemas/openapi.json'), 'utf8')),
    );
    const operations = Object.values(reply.body.paths as Record<string, object>).flatMap((item) => Object.keys(item));
    expect(operations.length).toBe(Object.keys(contract).length);
  });

  it('serves the JSON Schemas listed in their index', async () => {
    const index = await t.request('GET', '/v1/json-schema/');
    expect(index.status).toBe(200);
    const file = index.body.schemas.find((s: { name: string }) => s.name === 'referral').file;
    const schema = await t.request('GET', `/v1/json-schema/${file}`);
    expect(schema.status).toBe(200);
    expect(schema.body.$id).toBeTypeOf('string');
    expect((await t.request('GET', '/v1/json-schema/passwd')).status).toBe(404);
  });

  it('gives every answer a request id, and keeps a sensible one the client sent', async () => {
    const generated = await t.request('GET', '/v1');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.request('GET', '/v1/nowhere', { headers: { 'X-Request-Id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    expect(given.body.requestId).toBe('trace-42');
  });
});
