/**
 * The descriptions of the JSON Schema and OpenAPI artifacts, read at build time from the doc
 * comments of the sources with the TypeScript compiler: the doc comment is the one place a
 * description is written, and no description reaches the runtime bundles.
 *
 * The runtime schemas and their TypeScript types are walked side by side (`schema._zod.def.x` at
 * runtime is `['_zod']['def']['x']` in the type), so each object schema meets the declarations of
 * its shape's properties, through spreads and mapped types alike.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type * as z from 'zod/mini';

export interface Descriptions {
  /** The description of a schema named in a source: the doc comment of its entry, or of its declaration. */
  schemas: WeakMap<z.ZodMiniType, string>;
  /** For each object schema, the description of each of its properties that has one. */
  properties: WeakMap<z.ZodMiniType, Record<string, string>>;
}

/** An exported value of a module under `src/` whose schemas are described, e.g. `schemaCatalog` of `catalog.ts`. */
export interface DescribedSource {
  module: string;
  exportName: string;
  value: Record<string, unknown>;
}

const sourceDir = new URL('../', import.meta.url);
const sourcePath = (module: string) => fileURLToPath(new URL(module, sourceDir));

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** A doc comment as one line per paragraph: the source's line wrapping is not part of the text. */
function unwrap(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' '))
    .join('\n\n');
}

export function readDescriptions(sources: readonly DescribedSource[]): Descriptions {
  const program = ts.createProgram(
    sources.map((source) => sourcePath(source.module)),
    {
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbol(symbol);
  const propertyType = (type: ts.Type, name: string) => {
    const property = checker.getPropertyOfType(type, name);
    if (property) return typeOf(property);
    return /^\d+$/.test(name) ? checker.getIndexTypeOfType(type, ts.IndexKind.Number) : undefined;
  };
  const typeAt = (type: ts.Type | undefined, path: string[]) =>
    path.reduce<ts.Type | undefined>((at, name) => at && propertyType(at, name), type);
  const docOf = (symbol: ts.Symbol) => unwrap(ts.displayPartsToString(symbol.getDocumentationComment(checker)));

  /** A declaration's own doc comment; failing that, the doc comment of the named schema it is given. */
  const describe = (symbol: ts.Symbol): string => {
    const own = docOf(symbol);
    if (own) return own;
    for (const declaration of symbol.declarations ?? []) {
      const target = schemaGiven(declaration, checker);
      if (!target) continue;
      const text = docOf(target.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(target) : target);
      if (text) return text;
    }
    return '';
  };

  /** The schemas a schema's definition holds (`innerType`, `options[0]`, ...), each with its type. */
  function* innerSchemas(def: Record<string, unknown>, defType: ts.Type | undefined) {
    for (const [field, value] of Object.entries(def)) {
      if (field === 'checks' || field === 'shape') continue;
      const fieldType = typeAt(defType, [field]);
      if (isSchema(value)) yield [value, fieldType] as const;
      if (!Array.isArray(value)) continue;
      for (const [index, item] of value.entries()) {
        if (isSchema(item)) yield [item, typeAt(fieldType, [String(index)])] as const;
      }
    }
  }

  const descriptions: Descriptions = { schemas: new WeakMap(), properties: new WeakMap() };
  const visited = new Set<z.ZodMiniType>();
  const walk = (schema: z.ZodMiniType, type: ts.Type | undefined) => {
    if (visited.has(schema) || !type) return;
    visited.add(schema);
    const defType = typeAt(type, ['_zod', 'def']);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    for (const [inner, innerType] of innerSchemas(def, defType)) walk(inner, innerType);
    if (def.type !== 'object') return;
    const shapeType = typeAt(defType, ['shape']);
    const described: Record<string, string> = {};
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodMiniType>)) {
      const property = shapeType && checker.getPropertyOfType(shapeType, key);
      if (!property) continue;
      const text = describe(property);
      if (text) described[key] = text;
      walk(value, typeOf(property));
    }
    descriptions.properties.set(schema, described);
  };
  /** Plain objects (the contract's endpoint definitions) are walked into; schemas in them are described. */
  const visit = (value: unknown, type: ts.Type | undefined, symbol?: ts.Symbol) => {
    if (isSchema(value)) {
      const text = symbol && describe(symbol);
      if (text && !descriptions.schemas.has(value)) descriptions.schemas.set(value, text);
      walk(value, type);
    } else if (type && value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const property = checker.getPropertyOfType(type, key);
        if (property) visit(item, typeOf(property), property);
      }
    }
  };

  for (const source of sources) {
    const file = program.getSourceFile(sourcePath(source.module));
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === source.exportName);
    if (!exported) throw new Error(`${source.module} exports no ${source.exportName}`);
    visit(source.value, typeOf(exported));
  }
  return descriptions;
}

/** `Needs`, `z.optional(Id)`, `z.nullable(Victim)`, `victimTypes,`: the named schema a property is given. */
function schemaGiven(declaration: ts.Declaration, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (ts.isShorthandPropertyAssignment(declaration)) return checker.getShorthandAssignmentValueSymbol(declaration);
  if (!ts.isPropertyAssignment(declaration)) return undefined;
  let value: ts.Expression = declaration.initializer;
  while (
    ts.isCallExpression(value) &&
    ts.isPropertyAccessExpression(value.expression) &&
    ['optional', 'nullable'].includes(value.expression.name.text) &&
    value.arguments[0]
  ) {
    value = value.arguments[0];
  }
  return ts.isIdentifier(value) ? checker.getSymbolAtLocation(value) : undefined;
}
