/** JSON Schema 2020-12 documents of the catalog records, generated from the zod schemas. */
import * as z from 'zod/mini';
import { type SchemaName, schemaCatalog, schemaNames } from '../catalog.js';

export type JsonSchema = Record<string, unknown>;

export function jsonSchemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/** `referral-create` → `ReferralCreate`: the name of a record in OpenAPI components. */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

/**
 * One JSON Schema per catalog record. Its `$id` is its file name, a relative reference: it and the
 * `$ref`s to the other files resolve against wherever the files are read from (a folder, a URL),
 * so the schemas claim no web address the project does not serve.
 */
export function catalogJsonSchemas(): Record<SchemaName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const name of schemaNames) registry.add(schemaCatalog[name], { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => jsonSchemaFileName(id as SchemaName),
  });
  const result = {} as Record<SchemaName, JsonSchema>;
  for (const name of schemaNames) {
    const { $schema, $id: _zodId, ...body } = schemas[name] as JsonSchema;
    result[name] = {
      $schema,
      $id: jsonSchemaFileName(name),
      title: pascalCase(name),
      ...body,
    };
  }
  return result;
}
