/**
 * Writes dist/openapi.json, dist/json-schema/*.schema.json (+ index.json) and the self-contained
 * bundles dist/json-schema/bundled/*.schema.json, and dist/routes.js (+ .d.ts), after tsup.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { catalogJsonSchemas, jsonSchemaFileName } from '../src/artifacts/json-schema.js';
import { bundleJsonSchema } from '../src/artifacts/json-schema-bundle.js';
import { buildOpenApiDocument } from '../src/artifacts/openapi.js';
import { routesModule } from '../src/artifacts/routes-module.js';
import type { SchemaName } from '../src/catalog.js';

const dist = new URL('../dist/', import.meta.url);
const jsonSchemaDir = new URL('json-schema/', dist);
const bundleDir = new URL('bundled/', jsonSchemaDir);

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

await mkdir(bundleDir, { recursive: true });
const schemas = catalogJsonSchemas();
const names = Object.keys(schemas) as SchemaName[];
await Promise.all(
  names.flatMap((name) => [
    writeFile(new URL(jsonSchemaFileName(name), jsonSchemaDir), json(schemas[name])),
    writeFile(new URL(jsonSchemaFileName(name), bundleDir), json(bundleJsonSchema(name, schemas))),
  ]),
);
await writeFile(
  new URL('index.json', jsonSchemaDir),
  json({
    schemas: names.map((name) => ({
      name,
      $id: schemas[name].$id,
      file: jsonSchemaFileName(name),
      bundle: `bundled/${jsonSchemaFileName(name)}`,
    })),
  }),
);

const openapi = buildOpenApiDocument({ version });
await writeFile(new URL('openapi.json', dist), json(openapi));

const routes = routesModule();
await writeFile(new URL('routes.js', dist), routes.js);
await writeFile(new URL('routes.d.ts', dist), routes.dts);

const operations = Object.values(openapi.paths).reduce((count, item) => count + Object.keys(item).length, 0);
console.log(`wrote ${names.length} JSON Schemas, their bundles and openapi.json (${operations} operations)`);
