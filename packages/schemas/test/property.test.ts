import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message, Organisation, Referral, ReferralCreate, Service, toFieldErrors, WebhookEvent } from '../src/index.js';
import {
  messageArbitrary,
  organisationArbitrary,
  referralArbitrary,
  referralCreateArbitrary,
  serviceArbitrary,
  webhookEventArbitrary,
} from './arbitraries.js';

type Record_ = Record<string, unknown>;
interface Case {
  name: string;
  schema: {
    safeParse(value: unknown): { success: boolean; data?: unknown; error?: Parameters<typeof toFieldErrors>[0] };
  };
  arbitrary: fc.Arbitrary<Record_>;
  required: string[];
  /** A top-level field holding a vocabulary code (or a list of them), or an id where there is no code. */
  codeField: string;
  strict: boolean;
}

const cases: Case[] = [
  {
    name: 'Service',
    schema: Service,
    arbitrary: serviceArbitrary,
    required: ['id', 'name', 'assistance', 'capacity'],
    codeField: 'deliveryModes',
    strict: false,
  },
  {
    name: 'ReferralCreate',
    schema: ReferralCreate,
    arbitrary: referralCreateArbitrary,
    required: ['needs', 'caseSummary', 'victim', 'consent'],
    codeField: 'priority',
    strict: true,
  },
  {
    name: 'Referral',
    schema: Referral,
    arbitrary: referralArbitrary,
    required: ['id', 'reference', 'status', 'consent', 'responseDueAt'],
    codeField: 'status',
    strict: false,
  },
  {
    name: 'Organisation',
    schema: Organisation,
    arbitrary: organisationArbitrary,
    required: ['id', 'country', 'languages', 'pointOfContact'],
    codeField: 'country',
    strict: false,
  },
  {
    name: 'Message',
    schema: Message,
    arbitrary: messageArbitrary,
    required: ['id', 'referralId', 'body', 'createdAt'],
    codeField: 'referralId',
    strict: false,
  },
  {
    name: 'WebhookEvent',
    schema: WebhookEvent,
    arbitrary: webhookEventArbitrary,
    required: ['id', 'type', 'data'],
    codeField: 'type',
    strict: false,
  },
];

/** Parses without throwing and returns the reported JSON Pointers. */
function errorPaths(schema: Case['schema'], value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  const errors = result.error ? toFieldErrors(result.error) : [];
  for (const error of errors) {
    expect(error.path === '' || error.path.startsWith('/')).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.code.length).toBeGreaterThan(0);
  }
  return errors.map((error) => error.path);
}

const runs = { numRuns: 60 };

describe.each(cases)('$name', ({ schema, arbitrary, required, codeField, strict }) => {
  it('parses generated records, also after a JSON round trip', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        const parsed = schema.safeParse(record);
        expect(parsed.success).toBe(true);
        const again = schema.safeParse(JSON.parse(JSON.stringify(record)));
        expect(again.success).toBe(true);
        expect(again.data).toEqual(parsed.data);
      }),
      runs,
    );
  });

  it('reports a deleted required field at its path', () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...required), (record, field) => {
        const { [field]: _removed, ...rest } = record;
        expect(errorPaths(schema, rest)).toContain(`/${field}`);
      }),
      runs,
    );
  });

  it('reports a value of the wrong type at its path', () => {
    const wrongValue = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.constant({ unexpected: true }),
      fc.constant([1, 2]),
    );
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...required), wrongValue, (record, field, value) => {
        fc.pre(JSON.stringify(record[field]) !== JSON.stringify(value));
        // Referral's caseSummary and victim, and a message's body, are nullable after erasure.
        const erasable = schema === Referral ? ['caseSummary', 'victim'] : schema === Message ? ['body'] : [];
        fc.pre(!(value === null && erasable.includes(field)));
        expect(errorPaths(schema, { ...record, [field]: value }).some((path) => path.startsWith(`/${field}`))).toBe(
          true,
        );
      }),
      runs,
    );
  });

  it('reports an unknown code or id', () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom('not-a-code', 'UNKNOWN', 'xx'), (record, value) => {
        const corrupted = Array.isArray(record[codeField]) ? [value] : value;
        expect(
          errorPaths(schema, { ...record, [codeField]: corrupted }).some((path) => path.startsWith(`/${codeField}`)),
        ).toBe(true);
      }),
      runs,
    );
  });

  it(strict ? 'refuses an unknown key' : 'ignores an unknown key (responses may grow)', () => {
    fc.assert(
      fc.property(arbitrary, fc.stringMatching(/^x[A-Za-z]{1,10}$/), (record, key) => {
        const result = schema.safeParse({ ...record, [key]: 'surprise' });
        if (strict) expect(errorPaths(schema, { ...record, [key]: 'surprise' })).toContain(`/${key}`);
        else expect(result.success).toBe(true);
      }),
      runs,
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = schema.safeParse(value);
        if (!result.success && result.error) expect(Array.isArray(toFieldErrors(result.error))).toBe(true);
      }),
      runs,
    );
  });
});
