// Each bundle validates alone: ajv compiles it with no other schema added, and Hyperjump, a second,
// independent 2020-12 implementation, reads it by its file URL with nothing registered. Both must
// agree with every fixture.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setShouldValidateFormat, type Validator, validate } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaNames } from '../src/index.js';
import { ajvErrorPath, createAjv, distDir, type Fixture, fixtures, readJson } from './support.js';

/** The JSON value type Hyperjump's `validate` takes; the fixtures are parsed JSON. */
type Json = Parameters<Validator>[0];

const bundleDir = `${distDir}json-schema/bundled/`;
const bundlePath = (name: string) => `${bundleDir}${name}.schema.json`;

const refsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(refsOf)
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => (key === '$ref' ? [String(item)] : refsOf(item)))
      : [];

const all = fixtures();
const cases = all.map((fixture): [string, Fixture] => [
  `${fixture.valid ? 'valid' : 'invalid'}/${fixture.schema}.${fixture.case}`,
  fixture,
]);

describe('dist/json-schema/bundled', () => {
  beforeAll(() => setShouldValidateFormat(true));

  it('has one bundle per catalog record, listed in index.json', () => {
    expect(readdirSync(bundleDir).sort()).toEqual(schemaNames.map((name) => `${name}.schema.json`).sort());
    const index = readJson(`${distDir}json-schema/index.json`) as { schemas: { name: string; bundle: string }[] };
    for (const entry of index.schemas) expect(entry.bundle).toBe(`bundled/${entry.name}.schema.json`);
  });

  it('refers only inside itself, and to every definition it inlines', () => {
    for (const name of schemaNames) {
      const bundle = readJson(bundlePath(name)) as { $defs?: Record<string, unknown> };
      const refs = refsOf(bundle);
      for (const ref of refs) expect(ref, `${name}: ${ref}`).toMatch(/^#(\/|$)/);
      for (const definition of Object.keys(bundle.$defs ?? {})) expect(refs).toContain(`#/$defs/${definition}`);
    }
    const referral = readJson(bundlePath('referral')) as { $defs: Record<string, unknown> };
    // VictimContact is reached only through Victim: references are followed transitively.
    expect(Object.keys(referral.$defs)).toEqual(expect.arrayContaining(['Victim', 'VictimContact', 'Consent']));
  });

  it.each(cases)('%s: ajv agrees, with the bundle alone', (_name, fixture) => {
    const validateWithAjv = createAjv({ strict: true }).compile(readJson(bundlePath(fixture.schema)) as object);
    expect(validateWithAjv(fixture.data)).toBe(fixture.valid);
    const paths = (validateWithAjv.errors ?? []).map(ajvErrorPath);
    for (const path of fixture.expectedErrorPaths) expect(paths, fixture.file).toContain(path);
  });

  it.each(cases)('%s: Hyperjump agrees, reading the bundle from its file URL', async (_name, fixture) => {
    const output = await validate(pathToFileURL(bundlePath(fixture.schema)).href, fixture.data as Json);
    expect(output.valid).toBe(fixture.valid);
  });
});
