/**
 * Turns a zod error into the protocol's field errors (`{ path, message, code }` with `path` a
 * JSON Pointer), as sent in `ProblemDetails.errors`. zod/mini carries no locale, so issues
 * without a message of their own get a short English one here. zod's issues do not say whether
 * a value was missing or of the wrong type; given the validated input, a missing one reads
 * "Required".
 */
import type * as z from 'zod/mini';
import type { FieldError } from './records/problem.js';

type Issue = z.core.$ZodIssue;

/** RFC 6901 JSON Pointer of a path (`['victim', 'languages', 0]` → `/victim/languages/0`). */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const genericMessage = 'Invalid input';

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((value) => JSON.stringify(value));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  const strictBound = issue.code === 'too_small' ? 'more than' : 'less than';
  switch (issue.origin) {
    case 'string':
      return `Must have ${bound} ${limit} characters`;
    case 'array':
    case 'set':
      return `Must have ${bound} ${limit} items`;
    default:
      return `Must be ${issue.inclusive === false ? strictBound : bound} ${limit}`;
  }
}

/** The value at `path` in `input`; undefined when any step of the path is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: Issue, input: { value: unknown } | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'never') return 'Unknown field';
      if (input && issue.path.length > 0 && valueAt(input.value, issue.path) === undefined) return 'Required';
      return `Expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Expected ${listOf(issue.values)}` : `Expected one of ${listOf(issue.values)}`;
    case 'invalid_format':
      return `Expected ${issue.format === 'regex' ? 'a value matching the pattern' : `a valid ${issue.format}`}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `Expected one of ${listOf(issue.options)}`
        : 'Does not match any allowed form';
    default:
      return genericMessage;
  }
}

function kebab(code: string): string {
  return code.replaceAll('_', '-');
}

/**
 * One field error per problem; an unknown key is reported at the key's own path. Pass the
 * validated `input` too, when there is one, so that missing fields read "Required".
 */
export function toFieldErrors(error: { readonly issues: readonly Issue[] }, ...input: [unknown?]): FieldError[] {
  const given = input.length > 0 ? { value: input[0] } : undefined;
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: toJsonPointer([...issue.path, key]),
        message: issue.message === genericMessage ? 'Unknown field' : issue.message,
        code: 'unrecognized-key',
      }));
    }
    return [
      {
        path: toJsonPointer(issue.path),
        message: issue.message === genericMessage ? describe(issue, given) : issue.message,
        code: kebab(issue.code),
      },
    ];
  });
}
