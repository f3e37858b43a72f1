import { type SchemaName, schemaCatalog } from './catalog.js';
import { toFieldErrors } from './field-errors.js';
import type { FieldError } from './records/problem.js';

export type ValidationResult = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

/** Validates `data` against a named record of the catalog; never throws on bad data. */
export function validate(name: SchemaName, data: unknown): ValidationResult {
  const result = schemaCatalog[name].safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error, data) };
}
