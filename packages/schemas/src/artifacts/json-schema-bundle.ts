/**
 * Self-contained JSON Schemas: a record's schema with every schema it refers to, directly or not,
 * inlined under `$defs` and every `$ref` rewritten to a JSON Pointer inside the one document, so
 * a single downloaded file validates alone.
 */
import type { SchemaName } from '../catalog.js';
import { type JsonSchema, jsonSchemaFileName, pascalCase } from './json-schema.js';

/** `needs.schema.json#/properties/x` → the record `needs` and the fragment `/properties/x`. */
function parseRef(ref: string, fileNames: Map<string, SchemaName>): { name?: SchemaName; fragment: string } {
  const [file = '', fragment = ''] = ref.split('#');
  if (file === '') return { fragment };
  const name = fileNames.get(file);
  if (!name) throw new Error(`$ref ${ref} names no published JSON Schema`);
  return { name, fragment };
}

/** Every `$ref` of the value (deeply), passed through `rewrite`; other values copied as they are. */
function mapRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, rewrite));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? rewrite(item) : mapRefs(item, rewrite),
    ]),
  );
}

/** The records `root` refers to, directly or through others, in the order first reached. */
function referencedRecords(
  root: SchemaName,
  schemas: Record<SchemaName, JsonSchema>,
  fileNames: Map<string, SchemaName>,
) {
  const reached = new Set<SchemaName>([root]);
  const queue: SchemaName[] = [root];
  for (let name = queue.shift(); name; name = queue.shift()) {
    mapRefs(schemas[name], (ref) => {
      const target = parseRef(ref, fileNames).name;
      if (target && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
      return ref;
    });
  }
  reached.delete(root);
  return [...reached];
}

/** The bundle of `root`: its own `$schema`, `$id` and body, the records it needs under `$defs`. */
export function bundleJsonSchema(root: SchemaName, schemas: Record<SchemaName, JsonSchema>): JsonSchema {
  const fileNames = new Map((Object.keys(schemas) as SchemaName[]).map((name) => [jsonSchemaFileName(name), name]));
  /** A `$ref` inside the schema of `owner`, as a pointer into the bundle. */
  const pointerFrom = (owner: SchemaName) => (ref: string) => {
    const { name = owner, fragment } = parseRef(ref, fileNames);
    return name === root ? `#${fragment}` : `#/$defs/${pascalCase(name)}${fragment}`;
  };
  const { $schema, $id, $defs: ownDefs, ...body } = mapRefs(schemas[root], pointerFrom(root)) as JsonSchema;
  const inlined = Object.fromEntries(
    referencedRecords(root, schemas, fileNames).map((name) => {
      const { $schema: _dialect, $id: _id, ...definition } = mapRefs(schemas[name], pointerFrom(name)) as JsonSchema;
      return [pascalCase(name), definition];
    }),
  );
  const $defs = { ...(ownDefs as JsonSchema | undefined), ...inlined };
  return { $schema, $id, ...body, ...(Object.keys($defs).length > 0 ? { $defs } : {}) };
}
