import { describe, expect, test } from 'vitest';
import { ReferralNotFoundError } from '../src/index.js';
import { admin, alphaContact, alphaPublic } from './support.js';

describe('sandbox administration', () => {
  test('create an organisation and a service, then change the service', async () => {
    const organisation = await admin.admin.createOrganisation({
      name: `Apoio Teste ${crypto.randomUUID().slice(0, 8)}`,
      country: 'PT',
      languages: ['pt', 'en'],
      pointOfContact: { displayName: 'Rita Costa', email: 'rita@example.org' },
    });
    expect(await alphaPublic.organisations.get(organisation.id)).toMatchObject({ name: organisation.name });

    const service = await admin.admin.createService({
      organisationId: organisation.id,
      name: 'Linha de apoio de teste',
      assistance: ['emotional-support'],
      victimTypes: ['domestic-violence'],
      deliveryModes: ['phone'],
      accessRoutes: ['self'],
      languages: ['pt'],
      serviceArea: { countries: ['PT'] },
      locations: [],
      openingHours: { timeZone: 'Europe/Lisbon', alwaysOpen: true, periods: [] },
      freeOfCharge: true,
      confidential: true,
      accessibility: [],
      contact: { phone: '+351213587900' },
      capacity: { status: 'accepting', updatedAt: '2026-01-01T00:00:00Z' },
    });
    expect(service.organisationId).toBe(organisation.id);

    const full = await admin.admin.updateService(service.id, {
      capacity: { status: 'full', updatedAt: '2026-01-02T00:00:00Z' },
    });
    expect(full.capacity.status).toBe('full');
    expect((await alphaPublic.services.get(service.id)).capacity.status).toBe('full');
    const found = await alphaPublic.services.search({ organisation: organisation.id, openNow: true });
    expect(found.items.map((s) => s.id)).toEqual([service.id]);
  });

  test("a contact token changes no other organisation's service", async () => {
    const error = await alphaContact.admin
      .updateService(crypto.randomUUID(), { freeOfCharge: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNotFoundError);
  });

  test('the sandbox clock is read and moved forward', async () => {
    const before = await admin.admin.clock();
    const after = await admin.admin.advanceClock(60);
    expect(after.offsetSeconds).toBe(before.offsetSeconds + 60);
  });
});
