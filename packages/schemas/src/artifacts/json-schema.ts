/** JSON Schema 2020-12 documents of the catalog records, generated from the zod schemas. */
import * as z from 'zod/mini';
import { type SchemaName, schemaCatalog, schemaNames } from '../catalog.js';
import { sealingShapeKeywords, sealingShapes } from '../records/sealable.js';
import { describeProperties, notePropertyDescriptions } from './descriptions.js';
import type { Descriptions } from './doc-comments.js';

export type JsonSchema = Record<string, unknown>;

export function jsonSchemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/** `referral-create` → `ReferralCreate`: the name of a record in OpenAPI components. */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

/** A `toJSONSchema` override: a sealable record shows its clear and its sealed shape (`if`/`then`/`else`). */
function showSealingShapes(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const shape = sealingShapes.get(context.zodSchema as z.ZodMiniType);
  if (shape) Object.assign(context.jsonSchema, sealingShapeKeywords(shape));
}

/** What the generated schemas show beside the zod schemas: descriptions, and examples of each record. */
export interface Annotations {
  descriptions: Descriptions;
  examples: Partial<Record<SchemaName, unknown[]>>;
}

/** Every schema of `registry` as JSON Schema 2020-12, sealing shapes and descriptions shown. */
export function toJsonSchemas(
  registry: z.core.$ZodRegistry<{ id: string }>,
  descriptions: Descriptions,
  uri: (id: string) => string,
): Record<string, JsonSchema> {
  const describe = notePropertyDescriptions(descriptions);
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri,
    override: (context) => {
      showSealingShapes(context);
      describe(context);
    },
  });
  return describeProperties(schemas as Record<string, JsonSchema>);
}

/** A catalog record's own description and examples, for the top of its schema. */
export function recordAnnotations(name: SchemaName, annotations: Annotations): JsonSchema {
  const description = annotations.descriptions.schemas.get(schemaCatalog[name]);
  const examples = annotations.examples[name] ?? [];
  return { ...(description && { description }), ...(examples.length > 0 && { examples }) };
}

/**
 * One JSON Schema per catalog record. Its `$id` is its file name, a relative reference: it and the
 * `$ref`s to the other files resolve against wherever the files are read from (a folder, a URL),
 * so the schemas claim no web address the project does not serve.
 */
export function catalogJsonSchemas(annotations: Annotations): Record<SchemaName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const name of schemaNames) registry.add(schemaCatalog[name], { id: name });
  const schemas = toJsonSchemas(registry, annotations.descriptions, (id) => jsonSchemaFileName(id as SchemaName));
  const result = {} as Record<SchemaName, JsonSchema>;
  for (const name of schemaNames) {
    const { $schema, $id: _zodId, ...body } = schemas[name] as JsonSchema;
    result[name] = {
      $schema,
      $id: jsonSchemaFileName(name),
      title: pascalCase(name),
      ...body,
      ...recordAnnotations(name, annotations),
    };
  }
  return result;
}
