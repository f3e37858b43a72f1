/** Writes dist/openapi.json, dist/json-schema/*.schema.json (+ index.json) and dist/routes.js after tsup. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { catalogJsonSchemas, jsonSchemaBaseUri, jsonSchemaFileName } from '../src/artifacts/json-schema.js';
import { buildOpenApiDocument } from '../src/artifacts/openapi.js';
import { routesModule } from '../src/artifacts/routes-module.js';
import type { SchemaName } from '../src/catalog.js';

const dist = new URL('../dist/', import.meta.url);
const jsonSchemaDir = new URL('json-schema/', dist);

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

await mkdir(jsonSchemaDir, { recursive: true });
const schemas = catalogJsonSchemas();
const names = Object.keys(schemas) as SchemaName[];
await Promise.all(
  names.map((name) => writeFile(new URL(jsonSchemaFileName(name), jsonSchemaDir), json(schemas[name]))),
);
await writeFile(
  new URL('index.json', jsonSchemaDir),
  json({
    baseUri: jsonSchemaBaseUri,
    schemas: names.map((name) => ({ name, $id: schemas[name].$id, file: jsonSchemaFileName(name) })),
  }),
);

const openapi = buildOpenApiDocument({ version });
await writeFile(new URL('openapi.json', dist), json(openapi));

const routes = routesModule();
await writeFile(new URL('routes.js', dist), routes.js);
await writeFile(new URL('routes.d.ts', dist), routes.dts);

const operations = Object.values(openapi.paths).reduce((count, item) => count + Object.keys(item).length, 0);
console.log(`wrote ${names.length} JSON Schemas and openapi.json (${operations} operations)`);
