/** Reading a request: JSON body, query and path parameters, checked against the contract's schemas. */
import { toFieldErrors } from '@victim-referral/schemas';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiError } from './problem.js';

export function validationProblem(
  error: { issues: readonly z.core.$ZodIssue[] },
  where: string,
  value: unknown,
): ApiError {
  return new ApiError(400, 'validation-failed', `The ${where} does not match the contract`, {
    errors: toFieldErrors(error, value),
  });
}

export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(result.error, where, value);
  return result.data;
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return (
    mediaType === 'application/json' || (mediaType?.startsWith('application/') === true && mediaType.endsWith('+json'))
  );
}

/** The JSON body; its size was already bounded by the body-limit middleware. */
export async function readJson(c: Context): Promise<{ value: unknown; text: string }> {
  if (!isJson(c.req.header('content-type'))) {
    throw new ApiError(415, 'unsupported-media-type', 'Send the body as application/json');
  }
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    // The client went away mid-upload: nothing to answer, nothing to log.
    throw new ApiError(400, 'malformed-request', 'The body did not arrive whole', { headers: { Connection: 'close' } });
  }
  try {
    return { value: JSON.parse(text), text };
  } catch {
    throw new ApiError(400, 'malformed-json', text.trim() === '' ? 'The body is empty' : 'The body is not valid JSON');
  }
}

/** The query string as single values; a repeated parameter is a validation error. */
export function readQuery(c: Context): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) {
      throw new ApiError(400, 'validation-failed', 'A query parameter was given more than once', {
        errors: [{ path: `/${name}`, message: 'Give this parameter once', code: 'repeated' }],
      });
    }
    query[name] = values[0] ?? '';
  }
  return query;
}
