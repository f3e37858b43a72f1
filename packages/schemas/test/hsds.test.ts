import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHsds, toHsds } from '../src/hsds/index.js';
import { Organisation, Service } from '../src/index.js';
import { createAjv, fixtures, hsdsDir, hsdsExampleFiles, readJson } from './support.js';

const now = '2026-03-04T12:00:00.000Z';
const examples = hsdsExampleFiles();

const hsdsAjv = createAjv({ strict: false });
for (const file of readdirSync(`${hsdsDir}schema`).filter(
  (name) => name.endsWith('.json') && name !== 'openapi.json',
)) {
  hsdsAjv.addSchema(readJson(`${hsdsDir}schema/${file}`) as object, file);
}

function hsdsErrors(schemaFile: string, value: unknown) {
  const validate = hsdsAjv.getSchema(schemaFile);
  if (!validate) throw new Error(`no HSDS schema ${schemaFile}`);
  return validate(value) ? [] : validate.errors;
}

describe('fromHsds', () => {
  it('finds the official examples', () => {
    expect(examples.map((file) => file.slice(file.lastIndexOf('/') + 1))).toContain('service_full.json');
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples)('imports %s without throwing, every record valid', (file) => {
    const result = fromHsds(readJson(file), { now });
    for (const organisation of result.organisations) expect(Organisation.safeParse(organisation).success).toBe(true);
    for (const service of result.services) expect(Service.safeParse(service).success).toBe(true);
    for (const warning of result.warnings) {
      expect(warning.path === '' || warning.path.startsWith('/')).toBe(true);
      expect(warning.message.length).toBeGreaterThan(0);
    }
  });

  it('maps service_full.json and reports its known quirks', () => {
    const { services, warnings } = fromHsds(readJson(`${hsdsDir}examples/service_full.json`), {
      now,
      defaultTimeZone: 'Europe/London',
    });
    expect(services).toHaveLength(1);
    const [service] = services as [Service];
    expect(service).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      organisationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Community Counselling',
      languages: ['ur'],
      contact: { phone: '+441234234567', email: 'email@example.com' },
      openingHours: {
        timeZone: 'Europe/London',
        periods: [
          { day: 'thu', opens: '10:00', closes: '18:00' },
          { day: 'fri', opens: '10:00', closes: '18:00' },
        ],
      },
      eligibility: { minimumAge: 12, maximumAge: 100 },
      capacity: { status: 'accepting' },
      locations: [],
    });
    const messages = warnings.map((warning) => `${warning.path}: ${warning.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/service_at_locations\/0\/location: .*latitude 100/),
        expect.stringMatching(/^\/phones\/0\/number: .*normalised/),
        expect.stringMatching(/^\/schedules\/0\/timezone: timezone 3 /),
        expect.stringMatching(/^\/schedules\/0\/until: /),
      ]),
    );
  });

  it('makes deterministic UUIDs from ids that are not UUIDs', () => {
    const hsds = { id: 'svc-42', name: 'Victim Support Helpline', status: 'active', organization_id: 'org-7' };
    const first = fromHsds(hsds, { now });
    const second = fromHsds(hsds, { now });
    expect(first.services[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.services[0]?.id).toBe(first.services[0]?.id);
    expect(first.services[0]?.organisationId).not.toBe(first.services[0]?.id);
    expect(first.warnings.map((warning) => warning.path)).toContain('/id');
  });

  it('warns instead of failing on nonsense', () => {
    for (const value of [null, 42, 'text', [1, 'a'], { contents: [{}] }, { id: 'x', name: 7, status: 'active' }]) {
      const result = fromHsds(value, { now });
      expect(result.services).toEqual([]);
      expect(result.warnings.length).toBeGreaterThan(0);
    }
  });
});

describe('toHsds', () => {
  it.each(examples)('turns the import of %s into HSDS that validates against the official schemas', (file) => {
    const hsds = toHsds(fromHsds(readJson(file), { now }));
    for (const organization of hsds.organizations) expect(hsdsErrors('organization.json', organization)).toEqual([]);
    for (const service of hsds.services) expect(hsdsErrors('service.json', service)).toEqual([]);
    for (const link of hsds.service_at_locations) expect(hsdsErrors('service_at_location.json', link)).toEqual([]);
  });

  it('checks the official schemas for real (a broken service fails)', () => {
    const [service] = toHsds(fromHsds(readJson(`${hsdsDir}examples/service_full.json`), { now })).services;
    expect(hsdsErrors('service.json', { ...service, id: 'not-a-uuid', status: 'open' })?.length).toBeGreaterThan(0);
  });

  it('round-trips our fixtures through HSDS', () => {
    const valid = fixtures().filter((fixture) => fixture.valid);
    // HSDS has no place for the directory fields of protocol 1.1 (pause, confidential location, tombstone).
    const services = valid
      .filter(
        (fixture) => fixture.schema === 'service' && !['confidential-shelter', 'tombstone'].includes(fixture.case),
      )
      .map((fixture) => Service.parse(fixture.data));
    const organisations = valid
      .filter((fixture) => fixture.schema === 'organisation')
      .map((fixture) => Organisation.parse(fixture.data));
    const hsds = toHsds({ organisations, services });
    for (const service of hsds.services) expect(hsdsErrors('service.json', service)).toEqual([]);
    for (const organization of hsds.organizations) expect(hsdsErrors('organization.json', organization)).toEqual([]);
    const back = fromHsds(JSON.parse(JSON.stringify(hsds)), { now });
    expect(back.warnings).toEqual([]);
    expect(back.services).toEqual(services.map((service) => ({ ...service, createdAt: service.updatedAt })));
    expect(back.organisations).toEqual(
      organisations.map((organisation) =>
        expect.objectContaining({
          id: organisation.id,
          name: organisation.name,
          country: organisation.country,
          languages: organisation.languages,
          pointOfContact: organisation.pointOfContact,
          ...(organisation.financing ? { financing: { sources: organisation.financing.sources } } : {}),
        }),
      ),
    );
  });
});
