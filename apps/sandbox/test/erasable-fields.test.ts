/**
 * The list of erasable fields covers every free-text field of the records that hold a case: a new
 * free-text field in the schemas fails here until erasure knows about it.
 */
import { Message, Referral, ReferralEvent } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { erasableFields } from '../src/domain/erasure.js';

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** The JSON Pointers of every string that is free text: no code, format or pattern but "not blank". */
function freeTextPointers(schema: JsonSchema, at = ''): string[] {
  const nested = [
    ...Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
      freeTextPointers(property, `${at}/${name}`),
    ),
    ...(schema.items ? freeTextPointers(schema.items, `${at}/*`) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((option) => freeTextPointers(option, at)),
  ];
  const isFreeText =
    schema.type === 'string' &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format === undefined &&
    (schema.pattern === undefined || schema.pattern === '\\S');
  return isFreeText ? [at, ...nested] : nested;
}

const covered = (pointer: string, erasable: readonly string[]) =>
  erasable.some((field) => pointer === field || pointer.startsWith(`${field}/`));

describe('erasable fields', () => {
  it.each([
    ['referral', Referral],
    ['event', ReferralEvent],
    ['message', Message],
  ] as const)('cover every free-text field of a %s', (record, schema) => {
    const pointers = freeTextPointers(z.toJSONSchema(schema, { io: 'output' }) as JsonSchema);
    expect(pointers.length).toBeGreaterThan(0);
    expect(pointers.filter((pointer) => !covered(pointer, erasableFields[record]))).toEqual([]);
  });
});
