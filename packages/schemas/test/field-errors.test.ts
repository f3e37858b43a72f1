import { describe, expect, it } from 'vitest';
import { FaultRule, ReferralCreate, toFieldErrors, toJsonPointer, VictimContact, validate } from '../src/index.js';

function errorsOf(
  schema: { safeParse(value: unknown): { error?: Parameters<typeof toFieldErrors>[0] } },
  value: unknown,
) {
  const { error } = schema.safeParse(value);
  if (!error) throw new Error('expected the value to be invalid');
  return toFieldErrors(error);
}

describe('toFieldErrors', () => {
  it('escapes JSON Pointer segments', () => {
    expect(toJsonPointer(['labels', 'a/b', 'c~d', 0])).toBe('/labels/a~1b/c~0d/0');
    expect(toJsonPointer([])).toBe('');
  });

  it('gives each unknown key its own path, and kebab-case codes', () => {
    const errors = errorsOf(ReferralCreate, { nationality: 'PL', eyeColour: 'blue' });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '/nationality', message: 'Unknown field', code: 'unrecognized-key' },
        { path: '/eyeColour', message: 'Unknown field', code: 'unrecognized-key' },
        { path: '/caseSummary', message: 'Expected string', code: 'invalid-type' },
      ]),
    );
  });

  it('writes readable messages where zod/mini has none, and keeps the schema messages', () => {
    const errors = errorsOf(ReferralCreate, {
      needs: { assistance: ['housing'], victimTypes: [] },
      caseSummary: 'x'.repeat(4001),
      victim: { name: 'Anna', languages: ['Polish'], contact: { kind: 'maybe' } },
    });
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.message]));
    expect(byPath['/needs/assistance/0']).toMatch(/^Expected one of "emotional-support", "information"/);
    expect(byPath['/needs/victimTypes']).toBe('Must have at least 1 items');
    expect(byPath['/caseSummary']).toBe('Must have at most 4000 characters');
    expect(byPath['/victim/languages/0']).toBe('Expected a language tag such as "en" or "pt-BR"');
    expect(byPath['/victim/contact/kind']).toBe('Expected one of "safe-contact", "do-not-contact"');
    expect(byPath['/consent']).toBe('Expected object');
  });

  it('says "Required" for a missing field when given the input, and names the type otherwise', () => {
    const input = { caseSummary: 42 };
    const { error } = ReferralCreate.safeParse(input);
    if (!error) throw new Error('expected the value to be invalid');
    const byPath = Object.fromEntries(toFieldErrors(error, input).map((fieldError) => [fieldError.path, fieldError]));
    expect(byPath['/victim']).toEqual({ path: '/victim', message: 'Required', code: 'invalid-type' });
    expect(byPath['/caseSummary']).toEqual({ path: '/caseSummary', message: 'Expected string', code: 'invalid-type' });
  });

  it('reports a union without discriminator at the union', () => {
    const errors = errorsOf(FaultRule, { pathPrefix: '/v1', count: 1, action: { kind: 'error', status: 404 } });
    expect(errors).toEqual([
      { path: '/action/status', message: 'Does not match any allowed form', code: 'invalid-union' },
    ]);
  });

  it('reports a non-object root with the empty pointer', () => {
    expect(errorsOf(VictimContact, 'call me')).toEqual([
      { path: '', message: 'Expected object', code: 'invalid-type' },
    ]);
  });
});

describe('validate', () => {
  it('validates by catalog name', () => {
    expect(validate('message-create', { body: 'Olá' })).toEqual({ ok: true, value: { body: 'Olá' } });
    expect(validate('message-create', { body: '' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/body' })],
    });
  });
});
