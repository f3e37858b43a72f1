import { ProblemDetails } from '@victim-referral/schemas';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { problemOf } from '../src/problem-body.js';

/** Bodies near the problem document's shape: every field sometimes right, sometimes of another type. */
const field = <T>(right: fc.Arbitrary<T>) => fc.oneof(right, fc.constant(undefined), fc.jsonValue());
const nearProblem = fc.record(
  {
    type: field(fc.string()),
    title: field(fc.string()),
    status: field(fc.integer({ min: 350, max: 650 })),
    code: field(fc.constantFrom('not-found', 'a-later-code')),
    detail: field(fc.string()),
    instance: field(fc.string()),
    errors: field(fc.array(fc.record({ path: fc.string(), message: fc.string(), code: field(fc.string()) }))),
    requestId: field(fc.string()),
    allowedTransitions: field(fc.array(fc.constantFrom('accepted', 'declined', 'no-such-status'))),
    retryAfter: field(fc.integer({ min: -2, max: 100 })),
    extension: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('problemOf: the problem body read without zod', () => {
  test('accepts exactly what the contract’s ProblemDetails accepts, and keeps the same fields', () => {
    fc.assert(
      fc.property(nearProblem, (body) => {
        const parsed = ProblemDetails.safeParse(body);
        expect(problemOf(body)).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  test('is undefined for what is not an object', () => {
    for (const body of [undefined, null, 'Bad gateway', 502, [{ title: 'x' }]]) expect(problemOf(body)).toBeUndefined();
  });
});
