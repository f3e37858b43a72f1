/** The doc comments of the sources as `description`s of the generated JSON Schemas. */
import type { Descriptions } from './doc-comments.js';
import type { JsonSchema } from './json-schema.js';

/**
 * Where an object schema keeps its properties' descriptions until the output is final: zod shares
 * one JSON object between every use of a schema while it generates, so a description written on a
 * property's own schema then would show on every other property given the same schema.
 */
const pending = 'x-property-descriptions';

/** A `toJSONSchema` override: notes on an object schema the descriptions of its properties. */
export function notePropertyDescriptions(descriptions: Descriptions) {
  return (context: { zodSchema: unknown; jsonSchema: JsonSchema }): void => {
    const noted = descriptions.properties.get(context.zodSchema as never);
    if (noted && Object.keys(noted).length > 0) context.jsonSchema[pending] = noted;
  };
}

/** The generated `value` (deeply) with each noted description on the property it describes. */
export function describeProperties<T>(value: T): T {
  if (Array.isArray(value)) return value.map(describeProperties) as T;
  if (value === null || typeof value !== 'object') return value;
  const { [pending]: noted, ...schema } = value as JsonSchema;
  const result = Object.fromEntries(Object.entries(schema).map(([key, item]) => [key, describeProperties(item)]));
  const properties = result.properties as Record<string, JsonSchema> | undefined;
  for (const [key, description] of Object.entries((noted ?? {}) as Record<string, string>)) {
    const property = properties?.[key];
    if (property) properties[key] = { ...property, description };
  }
  return result as T;
}
