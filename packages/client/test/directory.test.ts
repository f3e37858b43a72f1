import { describe, expect, test } from 'vitest';
import { ReferralNotFoundError, ReferralValidationError } from '../src/index.js';
import { alpha, alphaPublic, gammaContact } from './support.js';

describe('protocol', () => {
  test('info names the protocol and version', async () => {
    const info = await alphaPublic.protocol.info();
    expect(info).toMatchObject({ protocol: 'victim-referral', version: '1.1' });
  });

  test('taxonomy lists the vocabularies with labels', async () => {
    const { vocabularies } = await alphaPublic.protocol.taxonomy();
    expect(vocabularies.referralStatuses?.map((term) => term.code)).toContain('withdrawn-consent');
    expect(vocabularies.victimTypes?.[0]?.labels).toHaveProperty('en');
  });
});

describe('organisations', () => {
  test('list, filter by country and get', async () => {
    const page = await alphaPublic.organisations.list();
    expect(page.items.map((organisation) => organisation.id)).toContain(alpha.id);

    const national = await alphaPublic.organisations.list({ country: alpha.country });
    expect(national.items.length).toBeGreaterThan(0);
    expect(national.items.every((organisation) => organisation.country === alpha.country)).toBe(true);

    const one = await alphaPublic.organisations.get(alpha.id);
    expect(one).toMatchObject({ id: alpha.id, name: alpha.name });
  });

  test('listAll follows cursors over pages of one', async () => {
    const all = [];
    for await (const organisation of alphaPublic.organisations.listAll({ limit: 1 })) all.push(organisation.id);
    const firstPage = await alphaPublic.organisations.list({ limit: 100 });
    expect(all.length).toBeGreaterThan(1);
    expect(all).toEqual(firstPage.items.map((organisation) => organisation.id));
  });

  test('an unknown organisation is a ReferralNotFoundError', async () => {
    const error = await alphaPublic.organisations.get(crypto.randomUUID()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not-found' });
  });
});

describe('services', () => {
  test('searchAll pages through every match, lazily', async () => {
    let organisation: string | undefined;
    let onePage: Awaited<ReturnType<typeof alphaPublic.services.search>> | undefined;
    for await (const { id } of alphaPublic.organisations.listAll({ limit: 100 })) {
      onePage = await alphaPublic.services.search({ organisation: id, limit: 100 });
      organisation = id;
      if (onePage.items.length > 2 && onePage.nextCursor === null) break;
    }
    if (!organisation || !onePage) throw new Error('The seed has no organisations');

    const ids: string[] = [];
    for await (const service of alphaPublic.services.searchAll({ organisation, limit: 2 })) ids.push(service.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids).toEqual(onePage.items.map((s) => s.id));

    const firstTwo: string[] = [];
    for await (const service of alphaPublic.services.searchAll({ organisation, limit: 2 })) {
      firstTwo.push(service.id);
      if (firstTwo.length === 2) break;
    }
    expect(firstTwo).toEqual(ids.slice(0, 2));
  });

  test('search applies every filter', async () => {
    const { items } = await alphaPublic.services.search({ limit: 100 });
    const service = items.find((s) => s.locations[0]?.coordinates !== undefined && s.freeOfCharge) ?? items[0];
    if (!service) throw new Error('The seed has no service');
    const location = service.locations[0];

    const filters = {
      country: service.serviceArea.countries[0],
      victimType: service.victimTypes[0],
      assistance: service.assistance[0],
      language: service.languages[0],
      delivery: service.deliveryModes[0],
      freeOfCharge: service.freeOfCharge,
      organisation: service.organisationId,
      q: service.name.split(' ')[0],
      ...(location?.coordinates && {
        near: `${location.coordinates.latitude},${location.coordinates.longitude}`,
        radiusKm: 5,
      }),
    };
    const found = await alphaPublic.services.search(filters);
    expect(found.items.map((s) => s.id)).toContain(service.id);

    // `false` travels as "false": open and closed split the organisation's services between them.
    const scope = { organisation: service.organisationId, limit: 100 };
    const ids = async (query: object) =>
      (await alphaPublic.services.search({ ...scope, ...query })).items.map((s) => s.id).sort();
    const [every, open, closed] = await Promise.all([ids({}), ids({ openNow: true }), ids({ openNow: false })]);
    expect([...open, ...closed].sort()).toEqual(every);

    const other = await alphaPublic.services.search({
      organisation: service.organisationId,
      freeOfCharge: !service.freeOfCharge,
    });
    expect(other.items.map((s) => s.id)).not.toContain(service.id);
  });

  test('get returns one service', async () => {
    const [service] = (await alphaPublic.services.search({ limit: 1 })).items;
    if (!service) throw new Error('The seed has no service');
    expect(await gammaContact.services.get(service.id)).toEqual(service);
  });

  test('a filter outside the contract is a ReferralValidationError with field errors', async () => {
    const error = await alphaPublic.services.search({ limit: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralValidationError);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
    expect((error as ReferralValidationError).fieldErrors.map((f) => f.path).join()).toContain('limit');
  });
});
