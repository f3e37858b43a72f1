/** Development check: every success answer must match its contract schema, or the request fails loudly. */
import { type FieldError, toFieldErrors } from '@victim-referral/schemas';
import type * as z from 'zod/mini';

export interface ResponseMismatch {
  operationId: string;
  status: number;
  errors: FieldError[];
}

export class ResponseMismatchError extends Error {
  constructor(readonly mismatch: ResponseMismatch) {
    super(
      `Response of ${mismatch.operationId} does not match the contract: ${mismatch.errors
        .map((e) => `${e.path || '/'} ${e.message}`)
        .join('; ')}`,
    );
    this.name = 'ResponseMismatchError';
  }
}

export function checkResponse(operationId: string, status: number, schema: z.ZodMiniType, body: unknown): void {
  const result = schema.safeParse(body);
  if (!result.success) throw new ResponseMismatchError({ operationId, status, errors: toFieldErrors(result.error) });
}
