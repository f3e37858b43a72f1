/**
 * Limits read from the schemas themselves, so the form's `maxlength` attributes cannot drift from
 * what the protocol accepts. Walks zod's schema definitions (`_zod.def`, zod's documented
 * structure for tools that read schemas) along a JSON Pointer.
 */

interface SchemaDef {
  readonly type: string;
  readonly innerType?: ZodLike;
  readonly options?: readonly ZodLike[];
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly element?: ZodLike;
  readonly checks?: readonly {
    readonly _zod: { readonly def: { readonly check: string; readonly maximum?: number } };
  }[];
}
interface ZodLike {
  readonly _zod: { readonly def: SchemaDef };
}

/** The schemas a pointer segment leads to from `schema` (a union may lead to several). */
function children(schema: ZodLike, segment: string): ZodLike[] {
  const def = schema._zod.def;
  if (def.innerType) return children(def.innerType, segment);
  if (def.options) return def.options.flatMap((option) => children(option, segment));
  if (def.shape) return def.shape[segment] ? [def.shape[segment]] : [];
  if (def.element && (segment === '*' || /^\d+$/.test(segment))) return [def.element];
  return [];
}

function maximumOf(schema: ZodLike): number | undefined {
  const def = schema._zod.def;
  if (def.innerType) return maximumOf(def.innerType);
  return def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
}

/** The longest string the schema takes at `pointer` (`*` for any array index), if it says. */
export function maxLengthAt(schema: ZodLike, pointer: string): number | undefined {
  let found = [schema];
  for (const segment of pointer.split('/').slice(1)) found = found.flatMap((candidate) => children(candidate, segment));
  const maxima = found.map(maximumOf).filter((maximum) => maximum !== undefined);
  return maxima.length > 0 ? Math.min(...maxima) : undefined;
}
