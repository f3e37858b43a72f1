import type { StandardSchemaV1, StandardSchemaV1Issue } from 'ky';
import type { ResponseIssue } from './errors.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ResponseIssue[] };

/** RFC 6901 JSON Pointer of a Standard Schema issue path. */
export function jsonPointer(path: StandardSchemaV1Issue['path']): string {
  return (path ?? [])
    .map((segment) => (typeof segment === 'object' ? segment.key : segment))
    .map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/** Validates `value` with any Standard Schema (the contract's zod/mini schemas are ones). */
export async function check<T>(schema: StandardSchemaV1<unknown, T>, value: unknown): Promise<Checked<T>> {
  const result = await schema['~standard'].validate(value);
  if (result.issues) {
    return {
      ok: false,
      issues: result.issues.map((issue) => ({ path: jsonPointer(issue.path), message: issue.message })),
    };
  }
  return { ok: true, value: result.value };
}
