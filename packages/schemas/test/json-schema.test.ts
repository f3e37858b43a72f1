import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { schemaNames } from '../src/index.js';
import { distDir, readJson } from './support.js';

const require = createRequire(import.meta.url);

describe('dist/json-schema', () => {
  it('has one 2020-12 schema per catalog record, identified by its file name', () => {
    for (const name of schemaNames) {
      const schema = readJson(`${distDir}json-schema/${name}.schema.json`) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${name}.schema.json`);
    }
  });

  it('lists them in index.json', () => {
    const index = readJson(`${distDir}json-schema/index.json`) as { schemas: { name: string; file: string }[] };
    expect(index.schemas.map((entry) => entry.name)).toEqual(schemaNames);
  });

  it('refers between records with relative $refs that resolve to published files', () => {
    const text = readFileSync(`${distDir}json-schema/referral-create.schema.json`, 'utf8');
    const refs = [...text.matchAll(/"\$ref": "([^"]+)"/g)].map(([, ref]) => ref);
    expect(refs).toEqual(expect.arrayContaining(['needs.schema.json', 'victim.schema.json', 'consent.schema.json']));
    for (const ref of refs) expect(schemaNames.map((name) => `${name}.schema.json`)).toContain(ref);
  });

  it('is reachable through the package exports', () => {
    expect(require.resolve('@victim-referral/schemas/json-schema/referral.schema.json')).toBe(
      `${distDir}json-schema/referral.schema.json`,
    );
    expect(require.resolve('@victim-referral/schemas/openapi.json')).toBe(`${distDir}openapi.json`);
  });
});
