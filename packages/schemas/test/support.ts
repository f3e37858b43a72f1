/** Paths and loaders shared by the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const docsDir = fileURLToPath(new URL('../../../docs/', import.meta.url));
/** The official HSDS 3.1 files, copied into the repository with their licence (see its README). */
export const hsdsDir = fileURLToPath(new URL('./hsds-3.1/', import.meta.url));

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface Fixture {
  file: string;
  schema: string;
  case: string;
  valid: boolean;
  description?: string;
  expectedErrorPaths: string[];
  data: unknown;
}

export function fixtures(): Fixture[] {
  return (['valid', 'invalid'] as const).flatMap((kind) =>
    readdirSync(`${packageDir}fixtures/${kind}`)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file): Fixture => {
        const [schema = '', name = ''] = file.replace(/\.json$/, '').split('.');
        const path = `${packageDir}fixtures/${kind}/${file}`;
        if (kind === 'valid')
          return { file: path, schema, case: name, valid: true, expectedErrorPaths: [], data: readJson(path) };
        const wrapper = readJson(path) as { description: string; expectedErrorPaths: string[]; data: unknown };
        return { file: path, schema, case: name, valid: false, ...wrapper };
      }),
  );
}

export function hsdsExampleFiles(): string[] {
  return readdirSync(`${hsdsDir}examples`)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => `${hsdsDir}examples/${file}`);
}

/** Strict for our own schemas (an unknown keyword or format fails); HSDS's carry extra keywords. */
export function createAjv(options: { strict: boolean }) {
  const ajv = new Ajv2020({ allErrors: true, strict: options.strict });
  addFormats(ajv);
  return ajv;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The JSON Pointer of the value an ajv error is about (a missing or unknown key's own path). */
export function ajvErrorPath(error: { instancePath: string; keyword: string; params: Record<string, unknown> }) {
  if (error.keyword === 'required')
    return `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}`;
  }
  return error.instancePath;
}
