/**
 * Writes dist/openapi.json, dist/json-schema/*.schema.json (+ index.json) and the self-contained
 * bundles dist/json-schema/bundled/*.schema.json, and dist/routes.js (+ .d.ts), after tsup: described by
 * the doc comments of the sources, with the valid fixtures as examples.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { readDescriptions } from '../src/artifacts/doc-comments.js';
import { type Annotations, catalogJsonSchemas, jsonSchemaFileName } from '../src/artifacts/json-schema.js';
import { bundleJsonSchema } from '../src/artifacts/json-schema-bundle.js';
import { buildOpenApiDocument } from '../src/artifacts/openapi.js';
import { routesModule } from '../src/artifacts/routes-module.js';
import { isSchemaName, type SchemaName, schemaCatalog } from '../src/catalog.js';
import { contract } from '../src/contract/index.js';

const dist = new URL('../dist/', import.meta.url);
const jsonSchemaDir = new URL('json-schema/', dist);
const bundleDir = new URL('bundled/', jsonSchemaDir);

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** `fixtures/valid/<schema>.<case>.json`, by schema, in file name order. */
async function validFixtures(): Promise<Annotations['examples']> {
  const dir = new URL('../fixtures/valid/', import.meta.url);
  const examples: Annotations['examples'] = {};
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()) {
    const name = file.split('.')[0] ?? '';
    if (!isSchemaName(name)) throw new Error(`fixtures/valid/${file} names no schema of the catalog`);
    examples[name] = [...(examples[name] ?? []), JSON.parse(await readFile(new URL(file, dir), 'utf8'))];
  }
  return examples;
}

const annotations: Annotations = {
  descriptions: readDescriptions([
    { module: 'catalog.ts', exportName: 'schemaCatalog', value: schemaCatalog },
    { module: 'contract/index.ts', exportName: 'contract', value: contract },
  ]),
  examples: await validFixtures(),
};

await mkdir(bundleDir, { recursive: true });
const schemas = catalogJsonSchemas(annotations);
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

const openapi = buildOpenApiDocument({ version, annotations });
await writeFile(new URL('openapi.json', dist), json(openapi));

const routes = routesModule();
await writeFile(new URL('routes.js', dist), routes.js);
await writeFile(new URL('routes.d.ts', dist), routes.dts);

const operations = Object.values(openapi.paths).reduce((count, item) => count + Object.keys(item).length, 0);
console.log(`wrote ${names.length} JSON Schemas, their bundles and openapi.json (${operations} operations)`);
