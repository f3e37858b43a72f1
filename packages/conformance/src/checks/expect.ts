/** Expectations the groups share: statuses and codes, problem+json bodies, cache headers. */
import { isReferralApiError } from '@victim-referral/client';
import { ProblemDetails } from '@victim-referral/schemas';
import { CheckFailure, expectThat } from '../check.js';
import { describe, type WireAnswer } from '../http.js';

const expectedOf = (status: number, code?: string) => (code === undefined ? String(status) : `${status} ${code}`);

/** The answer has `status` (and the problem `code`, when given). */
export function expectStatus(answer: WireAnswer, status: number, code?: string): void {
  const matches = answer.status === status && (code === undefined || answer.body?.code === code);
  expectThat(matches, expectedOf(status, code), describe(answer), answer);
}

/**
 * The answer is an RFC 9457 problem: `status` (and `code`), `Content-Type: application/problem+json`,
 * and a body with the protocol's members whose `status` repeats the answer's.
 */
export function expectProblem(answer: WireAnswer, status: number, code?: string): void {
  expectStatus(answer, status, code);
  expectThat(
    answer.contentType.startsWith('application/problem+json'),
    'Content-Type application/problem+json',
    `Content-Type ${answer.contentType || '(none)'}`,
    answer,
  );
  const parsed = ProblemDetails.safeParse(answer.body);
  expectThat(
    parsed.success,
    'a problem body with type, title, status and code',
    () =>
      `${JSON.stringify(answer.body).slice(0, 200)} (${parsed.error?.issues.map((i) => `/${i.path.join('/')} ${i.message}`).join('; ')})`,
    answer,
  );
  expectThat(
    answer.body.status === status,
    `"status": ${status} in the body`,
    `"status": ${answer.body.status}`,
    answer,
  );
}

/** The problem names the field at `path` (a JSON Pointer) in `errors[]`. */
export function expectFieldError(answer: WireAnswer, path: string): void {
  const paths: string[] = (answer.body?.errors ?? []).map((error: { path: string }) => error.path);
  expectThat(
    paths.includes(path),
    `errors[] naming ${path}`,
    `errors[] naming ${paths.join(', ') || 'nothing'}`,
    answer,
  );
}

/** The answer may not be stored by any cache: it can hold victim data. */
export function expectNoStore(answer: WireAnswer, what: string): void {
  const cacheControl = answer.headers.get('cache-control') ?? '';
  expectThat(
    /(^|,)\s*no-store\s*(,|$)/i.test(cacheControl),
    `Cache-Control: no-store on ${what}`,
    cacheControl ? `Cache-Control: ${cacheControl}` : 'no Cache-Control',
    answer,
  );
}

/** A call through the typed client is refused with `status` (and `code`; and naming `path` in `errors[]`). */
export async function expectRefused(
  call: Promise<unknown>,
  status: number,
  code?: string,
  path?: string,
): Promise<void> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome === undefined) throw new CheckFailure(expectedOf(status, code), 'a success answer');
  if (!isReferralApiError(outcome)) throw outcome;
  const matches = outcome.status === status && (code === undefined || outcome.code === code);
  expectThat(matches, expectedOf(status, code), `${outcome.status} ${outcome.code}`, outcome);
  if (path === undefined) return;
  const paths = outcome.fieldErrors.map((error) => error.path);
  expectThat(
    paths.includes(path),
    `errors[] naming ${path}`,
    `errors[] naming ${paths.join(', ') || 'nothing'}`,
    outcome,
  );
}
