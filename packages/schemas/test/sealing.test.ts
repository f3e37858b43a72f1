import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Message,
  MessageCreate,
  mergeSealed,
  Referral,
  ReferralCreate,
  ReferralUpdate,
  type SealingRecord,
  sealedPaths,
  sealingTable,
  splitSealed,
} from '../src/index.js';
import { messageArbitrary, referralArbitrary, referralCreateArbitrary } from './arbitraries.js';
import { fixtures } from './support.js';

type JsonObject = Record<string, unknown>;

interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode; shape?: Record<string, SchemaNode> } };
}

function objectShape(schema: SchemaNode): Record<string, SchemaNode> | undefined {
  const { def } = schema._zod;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) return objectShape(def.innerType);
  return def.type === 'object' ? def.shape : undefined;
}

/** Every key path of a record schema that no row names and that leads to no row. */
function unclassifiedPaths(record: SealingRecord, schema: SchemaNode, prefix = ''): string[] {
  const rows = sealingTable.filter((row) => row.record === record);
  return Object.entries(objectShape(schema) ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (rows.some((row) => row.path === path)) return [];
    if (!rows.some((row) => row.path.startsWith(`${path}.`)) || !objectShape(child)) return [path];
    return unclassifiedPaths(record, child, path);
  });
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], value);
}

const recordSchemas: [SealingRecord, string, SchemaNode][] = [
  ['referral', 'Referral', Referral as unknown as SchemaNode],
  ['referral', 'ReferralCreate', ReferralCreate as unknown as SchemaNode],
  ['referral', 'ReferralUpdate', ReferralUpdate as unknown as SchemaNode],
  ['message', 'Message', Message as unknown as SchemaNode],
  ['message', 'MessageCreate', MessageCreate as unknown as SchemaNode],
];

const recordOfSchema: Record<string, SealingRecord> = {
  referral: 'referral',
  'referral-create': 'referral',
  'referral-update': 'referral',
  message: 'message',
  'message-create': 'message',
};

const splittable = fixtures().filter((fixture) => fixture.valid && fixture.schema in recordOfSchema);

function expectSplitRoundTrip(record: SealingRecord, value: JsonObject) {
  const { clear, sealed } = splitSealed(record, value);
  expect(mergeSealed(clear, sealed)).toEqual(value);
  for (const path of sealedPaths(record)) {
    expect(valueAt(clear, path), path).toSatisfy((found) => found === undefined || found === null);
    const original = valueAt(value, path);
    if (original !== undefined && original !== null) expect(valueAt(sealed, path), path).toEqual(original);
  }
}

describe('the sealing table', () => {
  it.each(recordSchemas)('classifies every field of %s (%s)', (record, _name, schema) => {
    expect(unclassifiedPaths(record, schema)).toEqual([]);
  });

  it('names each path once, with a reason', () => {
    const keys = sealingTable.map((row) => `${row.record} ${row.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of sealingTable) expect(row.why, row.path).toMatch(/\S/);
  });

  it('seals what identifies or describes the victim, and message bodies', () => {
    expect(sealedPaths('referral')).toEqual([
      'victim',
      'caseSummary',
      'needs.notes',
      'assessment.notes',
      'crossBorder.crimePlace',
      'crossBorder.police.reference',
    ]);
    expect(sealedPaths('message')).toEqual(['body']);
  });
});

describe('splitSealed and mergeSealed', () => {
  it.each(splittable.map((fixture) => [`${fixture.schema}.${fixture.case}`, fixture]))(
    '%s splits and merges back to itself',
    (_name, fixture) =>
      expectSplitRoundTrip(recordOfSchema[fixture.schema] as SealingRecord, fixture.data as JsonObject),
  );

  it('leaves nothing personal of a referral in clear', () => {
    const referral = splittable.find((fixture) => fixture.file.endsWith('referral.accepted.json'))?.data as JsonObject;
    const { clear, sealed } = splitSealed('referral', referral);
    const clearJson = JSON.stringify(clear);
    for (const secret of [
      'Anna',
      '+48601234567',
      'anna.k@example.pl',
      'Passport stolen',
      'Repeat victimisation',
      'PSP',
    ])
      expect(clearJson).not.toContain(secret);
    expect(Object.keys(sealed).sort()).toEqual(['assessment', 'caseSummary', 'needs', 'victim']);
    expect(clear).toMatchObject({
      status: 'accepted',
      needs: { assistance: expect.any(Array), victimTypes: ['robbery-theft'] },
      assessment: { riskLevel: 'medium', protectionNeeds: ['interpreter'] },
    });
  });

  it('splits nested rows and drops the objects they empty', () => {
    const crossBorder = { crimeCountry: 'PT', crimePlace: 'Rua Augusta', police: { reference: 'PSP-1/26' } };
    const { clear, sealed } = splitSealed('referral', { status: 'draft', crossBorder });
    expect(clear).toEqual({ status: 'draft', crossBorder: { crimeCountry: 'PT' } });
    expect(sealed).toEqual({ crossBorder: { crimePlace: 'Rua Augusta', police: { reference: 'PSP-1/26' } } });
    expect(mergeSealed(clear, sealed)).toEqual({ status: 'draft', crossBorder });
  });

  it('seals a field no row names, and keeps an erased (null) field in clear', () => {
    const { clear, sealed } = splitSealed('referral', {
      id: 'x',
      nickname: 'Ania',
      victim: null,
      needs: { mood: 'low' },
    });
    expect(clear).toEqual({ id: 'x', victim: null });
    expect(sealed).toEqual({ nickname: 'Ania', needs: { mood: 'low' } });
  });

  it('round-trips arbitrary referrals and messages', () => {
    fc.assert(
      fc.property(referralArbitrary, (value) => expectSplitRoundTrip('referral', value)),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(referralCreateArbitrary, (value) => expectSplitRoundTrip('referral', value)),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(messageArbitrary, (value) => expectSplitRoundTrip('message', value)),
      { numRuns: 100 },
    );
  });
});
