// The published schemas are described by the doc comments of the sources and exemplified by the
// valid fixtures: in every JSON Schema file, every bundle and the OpenAPI document alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pascalCase } from '../src/artifacts/json-schema.js';
import { type SchemaName, schemaNames } from '../src/index.js';
import { distDir, fixtures, packageDir, readJson } from './support.js';

type Schema = Record<string, unknown>;

const jsonSchema = (name: SchemaName) => readJson(`${distDir}json-schema/${name}.schema.json`) as Schema;
const bundle = (name: SchemaName) => readJson(`${distDir}json-schema/bundled/${name}.schema.json`) as Schema;
const openapi = readJson(`${distDir}openapi.json`) as {
  paths: Record<string, Record<string, { parameters: Schema[] }>>;
  components: { schemas: Record<string, Schema> };
};

// The keywords of the sealing shapes only say which properties are there or null; the record's
// own `properties` describe them.
const sealingKeywords = new Set(['if', 'then', 'else']);

/** Where a property of `value` (deeply) has no description, as JSON Pointers. */
function undescribed(value: unknown, pointer = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => undescribed(item, `${pointer}/${index}`));
  return Object.entries(value).flatMap(([key, item]) => {
    if (key === 'examples' || sealingKeywords.has(key)) return [];
    if (key !== 'properties') return undescribed(item, `${pointer}/${key}`);
    return Object.entries(item as Record<string, Schema>).flatMap(([name, property]) => [
      ...(typeof property.description === 'string' && property.description !== ''
        ? []
        : [`${pointer}/properties/${name}`]),
      ...undescribed(property, `${pointer}/properties/${name}`),
    ]);
  });
}

const propertyDescriptions = (schema: Schema) =>
  Object.fromEntries(
    Object.entries(schema.properties as Record<string, Schema>).map(([name, property]) => [name, property.description]),
  );

describe('descriptions', () => {
  it('describe every property of every JSON Schema and every bundle', () => {
    for (const name of schemaNames) {
      expect(undescribed(jsonSchema(name)), name).toEqual([]);
      expect(undescribed(bundle(name)), `bundled ${name}`).toEqual([]);
    }
  });

  it('describe every schema property and every parameter of the OpenAPI document', () => {
    expect(undescribed(openapi)).toEqual([]);
    const parameters = Object.values(openapi.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) => operation.parameters),
    );
    for (const parameter of parameters.filter((candidate) => !('$ref' in candidate))) {
      expect(parameter.description, String(parameter.name)).toEqual(expect.any(String));
    }
  });

  it('are the doc comments of the sources, line breaks of the source aside', () => {
    const source = readFileSync(`${packageDir}src/records/follow-up.ts`, 'utf8');
    const comment = source.match(/\/\*\* (When the status last changed\.) \*\/\n\s+statusChangedAt:/)?.[1];
    expect(comment).toBeDefined();
    expect(propertyDescriptions(jsonSchema('follow-up-view')).statusChangedAt).toBe(comment);
    expect(jsonSchema('cross-border').description).toMatch(/^The cross-border situation of the case, so the receiver/);
    expect(jsonSchema('cross-border').description).not.toMatch(/\n/);
  });

  it('fall back to the doc comment of the schema a property is given', () => {
    // `cursor: z.optional(Cursor)` has no doc comment of its own; `Cursor` has.
    const source = readFileSync(`${packageDir}src/records/page.ts`, 'utf8');
    const cursorComment = source.match(/\/\*\* (.+) \*\/\nexport const Cursor/)?.[1];
    const cursor = openapi.paths['/v1/referrals']?.get?.parameters.find((parameter) => parameter.name === 'cursor');
    expect(cursorComment).toBeDefined();
    expect(cursor?.description).toBe(cursorComment);
  });

  it('read the same in a JSON Schema, its bundle and the OpenAPI component', () => {
    for (const name of schemaNames.filter((candidate) => candidate !== 'page')) {
      const published = jsonSchema(name);
      const component = openapi.components.schemas[pascalCase(name)] as Schema;
      expect(component.description, name).toBe(published.description);
      if (!published.properties) continue;
      expect(propertyDescriptions(bundle(name)), name).toEqual(propertyDescriptions(published));
      expect(propertyDescriptions(component), name).toEqual(propertyDescriptions(published));
    }
  });
});

describe('examples', () => {
  const validFixtures = fixtures().filter((fixture) => fixture.valid);

  it('are the valid fixtures of each record, in the JSON Schema, its bundle and the OpenAPI component', () => {
    for (const name of schemaNames) {
      const expected = validFixtures.filter((fixture) => fixture.schema === name).map((fixture) => fixture.data);
      expect(expected.length, `fixtures of ${name}`).toBeGreaterThan(0);
      expect(jsonSchema(name).examples, name).toEqual(expected);
      expect(bundle(name).examples, name).toEqual(expected);
      if (name !== 'page') expect(openapi.components.schemas[pascalCase(name)]?.examples, name).toEqual(expected);
    }
  });
});
