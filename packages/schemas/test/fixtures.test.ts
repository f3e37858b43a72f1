import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaCatalog } from '../src/catalog.js';
import { type SchemaName, schemaNames, toFieldErrors } from '../src/index.js';
import { ajvErrorPath, createAjv, distDir, fixtures, readJson } from './support.js';

const ajv = createAjv({ strict: true });
for (const file of readdirSync(`${distDir}json-schema`).filter((name) => name.endsWith('.schema.json'))) {
  ajv.addSchema(readJson(`${distDir}json-schema/${file}`) as object);
}
const index = readJson(`${distDir}json-schema/index.json`) as { schemas: { name: string; $id: string }[] };
const idOf = new Map(index.schemas.map((entry) => [entry.name, entry.$id]));

const all = fixtures();

describe('fixtures', () => {
  it('cover every catalog schema with valid and invalid cases', () => {
    for (const name of schemaNames) {
      expect(all.filter((fixture) => fixture.schema === name && fixture.valid).length, name).toBeGreaterThan(0);
      expect(all.filter((fixture) => fixture.schema === name && !fixture.valid).length, name).toBeGreaterThan(1);
    }
  });

  it.each(all.map((fixture) => [`${fixture.valid ? 'valid' : 'invalid'}/${fixture.schema}.${fixture.case}`, fixture]))(
    '%s: zod and ajv agree',
    (_name, fixture) => {
      expect(schemaNames).toContain(fixture.schema);
      const zodResult = schemaCatalog[fixture.schema as SchemaName].safeParse(fixture.data);
      const validateWithAjv = ajv.getSchema(idOf.get(fixture.schema) as string);
      if (!validateWithAjv) throw new Error(`no JSON Schema for ${fixture.schema}`);
      const ajvValid = validateWithAjv(fixture.data);
      expect({ zod: zodResult.success, ajv: ajvValid }).toEqual({ zod: fixture.valid, ajv: fixture.valid });
      if (fixture.valid) return;
      const zodPaths = zodResult.success ? [] : toFieldErrors(zodResult.error).map((error) => error.path);
      const ajvPaths = (validateWithAjv.errors ?? []).map(ajvErrorPath);
      expect(fixture.expectedErrorPaths.length).toBeGreaterThan(0);
      for (const path of fixture.expectedErrorPaths) {
        expect(zodPaths, `zod paths of ${fixture.file}`).toContain(path);
        expect(ajvPaths, `ajv paths of ${fixture.file}`).toContain(path);
      }
    },
  );
});
