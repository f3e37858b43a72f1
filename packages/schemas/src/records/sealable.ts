/**
 * The sealed and clear shapes of a record, derived from the sealing table: the record's top-level
 * sealed fields become optional beside `sealed`, and one check says which shape a value has. A
 * value with `sealed` carries no clear copy of a sealed field; one without `sealed` carries every
 * field its clear shape requires.
 */
import * as z from 'zod/mini';
import { type SealingRecord, sealedPaths, type sealingTable } from '../sealing.js';
import { SealedJwe } from './sealed.js';

type SealedRow<R extends SealingRecord> = Extract<(typeof sealingTable)[number], { record: R; treatment: 'sealed' }>;
type TopLevel<Path> = Path extends `${string}.${string}` ? never : Path;
/** The top-level keys of `R` the table seals (`victim`, `caseSummary` of a referral). */
export type SealedKey<R extends SealingRecord> = TopLevel<SealedRow<R>['path']>;

type Shape = Record<string, z.ZodMiniType>;
/** `shape` with its sealed keys optional and a `sealed` JWE beside them. */
export type SealableShape<R extends SealingRecord, S extends Shape> = {
  [K in keyof S]: K extends SealedKey<R> ? z.ZodMiniOptional<S[K]> : S[K];
} & {
  /** The record's personal fields sealed to the points of contact, instead of in clear. */
  sealed: z.ZodMiniOptional<typeof SealedJwe>;
};

/** How a record's value may be sealed: which table rows, and what its clear shape requires. */
export interface SealingShape {
  record: SealingRecord;
  /** The sealed top-level keys the clear shape requires. */
  requiredUnlessSealed: readonly string[];
}

/** Every sealable record schema with its sealing shape: the JSON Schema and OpenAPI generators show both shapes from it. */
export const sealingShapes = z.registry<SealingShape>();

function topLevelSealedKeys(record: SealingRecord): string[] {
  return sealedPaths(record).filter((path) => !path.includes('.'));
}

function isOptional(schema: z.ZodMiniType): boolean {
  return schema._zod.optin === 'optional';
}

/** A clear record shape turned sealable: sealed keys optional, `sealed` added. */
/* @__NO_SIDE_EFFECTS__ */
export function sealableShape<R extends SealingRecord, S extends Shape>(record: R, shape: S): SealableShape<R, S> {
  const sealedKeys = new Set(topLevelSealedKeys(record));
  const entries = Object.entries(shape).map(([key, schema]) => [
    key,
    sealedKeys.has(key) && !isOptional(schema) ? z.optional(schema) : schema,
  ]);
  return { ...Object.fromEntries(entries), sealed: z.optional(SealedJwe) } as SealableShape<R, S>;
}

/** The sealed keys `shape` requires in clear: required again when the value is not sealed. */
export function requiredSealedKeys(record: SealingRecord, shape: Shape): string[] {
  return topLevelSealedKeys(record).filter((key) => key in shape && !isOptional(shape[key] as z.ZodMiniType));
}

function carriesValue(value: unknown, path: string): boolean {
  let node = value;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[key];
  }
  // null carries nothing (an erased field).
  return node !== undefined && node !== null;
}

/**
 * Adds to an object schema the check that tells its two shapes apart, and registers its sealing
 * shape. `clearShape` is the shape before `sealableShape`: what it requires, sealed values need not.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withSealing<T extends z.ZodMiniObject>(record: SealingRecord, schema: T, clearShape: Shape): T {
  const requiredUnlessSealed = requiredSealedKeys(record, clearShape);
  const paths = sealedPaths(record);
  const checked = schema.check(
    z.superRefine(
      (value: Record<string, unknown>, context) => {
        if (value.sealed !== undefined) {
          for (const path of paths.filter((candidate) => carriesValue(value, candidate))) {
            context.addIssue({
              code: 'custom',
              path: path.split('.'),
              message: 'Sealed field sent in clear beside `sealed`: send it only inside the sealed copy',
              input: value,
            });
          }
          return;
        }
        for (const key of requiredUnlessSealed.filter((candidate) => value[candidate] === undefined)) {
          const expected = (clearShape[key] as z.ZodMiniType)._zod.def.type as 'object';
          context.addIssue({ code: 'invalid_type', expected, path: [key], input: undefined });
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  ) as T;
  sealingShapes.add(checked, { record, requiredUnlessSealed });
  return checked;
}

type JsonSchema = Record<string, unknown>;
interface PathTree {
  [key: string]: PathTree;
}

/**
 * JSON Schema about some `properties` of an object, which may have others: the record's own schema
 * says which. Its openness is spelled out (`additionalProperties: true`, the standard's default)
 * because some validators, Redocly's among them, close by default an object schema that lists
 * properties. Each `required` key is listed in `properties` too, for linters that check it is.
 */
function aboutProperties(properties: Record<string, JsonSchema | true>, required: readonly string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required: [...required] }),
    additionalProperties: true,
  };
}

/** JSON Schema: each of `paths` absent or null, so a validator reports the clear copy at its own path. */
function nullAt(paths: readonly string[]): JsonSchema {
  const tree: PathTree = {};
  for (const path of paths) {
    let node = tree;
    for (const key of path.split('.')) node = node[key] ??= {};
  }
  const toSchema = (node: PathTree): JsonSchema =>
    Object.keys(node).length === 0
      ? { type: 'null' }
      : aboutProperties(Object.fromEntries(Object.entries(node).map(([key, child]) => [key, toSchema(child)])));
  return toSchema(tree);
}

/** `keys` present, whatever their values (the record's own properties say what each may be). */
function present(keys: readonly string[]): JsonSchema {
  return aboutProperties(Object.fromEntries(keys.map((key) => [key, true])), keys);
}

/**
 * The two shapes as JSON Schema keywords: `if` sealed, `then` no clear copy of a sealed path,
 * `else` the clear shape's required sealed keys.
 */
export function sealingShapeKeywords(shape: SealingShape): JsonSchema {
  return {
    if: present(['sealed']),
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, in a plain schema object never awaited
    then: nullAt(sealedPaths(shape.record)),
    ...(shape.requiredUnlessSealed.length > 0 ? { else: present(shape.requiredUnlessSealed) } : {}),
  };
}
