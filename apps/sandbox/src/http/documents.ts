/** The machine-readable descriptions the schemas package builds, served beside the API. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Context } from 'hono';
import { notFound } from '../domain/errors.js';
import { jsonSchemasPath, openapiPath } from '../operations/protocol.js';

export interface PublicDocuments {
  /** The OpenAPI 3.1 document, as text. */
  openapi(): string;
  /** A file of the JSON Schema directory (`index.json` or `<name>.schema.json`), if it exists. */
  jsonSchema(file: string): string | undefined;
}

/** Reads the documents from `@victim-referral/schemas` once, on first use. */
export function schemasPackageDocuments(): PublicDocuments {
  const require = createRequire(import.meta.url);
  const read = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8');
  let openapi: string | undefined;
  const schemas = new Map<string, string>();
  let files: Set<string> | undefined;
  return {
    openapi: () => {
      openapi ??= read('@victim-referral/schemas/openapi.json');
      return openapi;
    },
    jsonSchema: (file) => {
      files ??= new Set([
        'index.json',
        ...(
          JSON.parse(read('@victim-referral/schemas/json-schema/index.json')) as { schemas: { file: string }[] }
        ).schemas.map((schema) => schema.file),
      ]);
      if (!files.has(file)) return undefined;
      let text = schemas.get(file);
      if (text === undefined) {
        text = read(`@victim-referral/schemas/json-schema/${file}`);
        schemas.set(file, text);
      }
      return text;
    },
  };
}

function json(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}

export function publicDocumentRoutes(documents: PublicDocuments): [string, (c: Context) => Response][] {
  return [
    [openapiPath, () => json(documents.openapi())],
    [
      `${jsonSchemasPath}:file`,
      (c) => {
        const text = documents.jsonSchema(c.req.param('file') ?? '');
        if (text === undefined) throw notFound('JSON Schema');
        return json(text);
      },
    ],
    [jsonSchemasPath, () => json(documents.jsonSchema('index.json') ?? '{}')],
  ];
}
