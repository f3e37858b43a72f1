/**
 * Members keep their own directory data: a contact token adds and changes its organisation's
 * services (another's is 404), withdraws them (tombstones for `updatedSince`), and confidential
 * locations never show a street or coordinates in any answer. Plus the search filters of 1.1.
 */
import type { Service } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { type TestSandbox, useSandbox } from './support/sandbox.js';

const t = useSandbox();

async function everyService(state: TestSandbox, query: string): Promise<Service[]> {
  const services: Service[] = [];
  let cursor: string | undefined;
  do {
    const page = await state.request('GET', `/v1/services?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      token: state.org(0).publishableKey,
    });
    expect(page.status).toBe(200);
    services.push(...page.body.items);
    cursor = page.body.nextCursor ?? undefined;
  } while (cursor);
  return services;
}

function shelterInput(organisationId: string) {
  return {
    organisationId,
    name: 'Casa Abrigo Test',
    assistance: ['shelter'],
    victimTypes: ['domestic-violence'],
    deliveryModes: ['in-person'],
    accessRoutes: ['helpline'],
    languages: ['pt'],
    serviceArea: { countries: ['PT'] },
    locations: [
      {
        id: '6f1d2c3b-4a5e-4f60-8a71-9b2c3d4e5f60',
        name: 'Casa Abrigo, Rua Secreta 7',
        address: { street: 'Rua Secreta 7', city: 'Porto', postalCode: '4000-001', region: 'Norte', country: 'PT' },
        coordinates: { latitude: 41.1621, longitude: -8.6219 },
      },
    ],
    openingHours: { timeZone: 'Europe/Lisbon', alwaysOpen: true, periods: [] },
    eligibility: { minimumAge: 18 },
    freeOfCharge: true,
    confidential: true,
    accessibility: ['step-free-access'],
    contact: { phone: '+351800202148' },
    capacity: { status: 'accepting', available: 3, maximum: 10, updatedAt: '2026-03-01T09:00:00Z' },
    confidentialLocation: true,
  };
}

const leaks = (answer: unknown) =>
  /Rua Secreta|4000-001|41\.1621|-8\.6219|"coordinates"|"street"/.test(JSON.stringify(answer));

describe("members' own services", () => {
  it('are created by a contact token for its own organisation only', async () => {
    const own = await t.request('POST', '/v1/services', {
      token: t.org(0).contactToken,
      body: { ...shelterInput(t.org(0).id), confidentialLocation: false, name: 'Own office' },
    });
    expect(own.status).toBe(201);
    expect(own.body.organisationId).toBe(t.org(0).id);
    const foreign = await t.request('POST', '/v1/services', {
      token: t.org(0).contactToken,
      body: shelterInput(t.org(4).id),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].path).toBe('/organisationId');
  });

  it("are changed by their own organisation; another member's service answers 404", async () => {
    const services = await everyService(t, `organisation=${t.org(1).id}`);
    const id = services[0]?.id;
    const change = {
      capacity: { status: 'waiting-list', available: 0, maximum: 8, waitingDays: 5, updatedAt: '2026-03-05T09:00:00Z' },
      acceptingReferrals: false,
      verifiedAt: '2026-03-05T09:00:00Z',
    };
    const other = await t.request('PATCH', `/v1/services/${id}`, { token: t.org(0).contactToken, body: change });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not-found');
    const unchanged = await t.request('GET', `/v1/services/${id}`, { token: t.org(0).publishableKey });
    expect(unchanged.body).toEqual(services[0]);

    const own = await t.request('PATCH', `/v1/services/${id}`, { token: t.org(1).contactToken, body: change });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject(change);
    const moved = await t.request('PATCH', `/v1/services/${id}`, {
      token: t.org(1).contactToken,
      body: { organisationId: t.org(0).id },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0].path).toBe('/organisationId');
    const paused = await everyService(t, `organisation=${t.org(1).id}&acceptingReferrals=false`);
    expect(paused.map((s) => s.id)).toContain(id);
    const open = await everyService(t, `organisation=${t.org(1).id}&acceptingReferrals=true`);
    expect(open.map((s) => s.id)).not.toContain(id);
  });

  it('are withdrawn by their organisation and come back to mirrors as tombstones', async () => {
    const since = new Date().toISOString();
    const created = await t.request('POST', '/v1/services', {
      token: t.org(2).contactToken,
      body: { ...shelterInput(t.org(2).id), name: 'Withdrawn soon' },
    });
    const id = created.body.id;
    expect((await t.request('DELETE', `/v1/services/${id}`, { token: t.org(3).contactToken })).status).toBe(404);
    expect((await t.request('DELETE', `/v1/services/${id}`, { token: t.org(2).contactToken })).status).toBe(204);
    expect((await t.request('GET', `/v1/services/${id}`, { token: t.org(0).publishableKey })).status).toBe(404);
    expect((await everyService(t, `organisation=${t.org(2).id}`)).map((s) => s.id)).not.toContain(id);
    expect((await t.request('DELETE', `/v1/services/${id}`, { token: t.org(2).contactToken })).status).toBe(404);

    const changed = await everyService(t, `updatedSince=${since}`);
    const tombstone = changed.find((s) => s.id === id);
    expect(tombstone?.withdrawnAt).toBeDefined();
    expect(changed.every((s) => Date.parse(s.updatedAt) >= Date.parse(since))).toBe(true);
    const later = await everyService(t, `updatedSince=${new Date(Date.now() + 60_000).toISOString()}`);
    expect(later).toEqual([]);
  });
});

describe('confidential locations', () => {
  it('never show a street or coordinates: not in search, detail, near search or a write answer', async () => {
    const created = await t.request('POST', '/v1/services', {
      token: t.org(0).contactToken,
      body: shelterInput(t.org(0).id),
    });
    expect(created.status).toBe(201);
    expect(leaks(created.body)).toBe(false);
    expect(created.body.locations).toEqual([
      { id: '6f1d2c3b-4a5e-4f60-8a71-9b2c3d4e5f60', address: { city: 'Porto', region: 'Norte', country: 'PT' } },
    ]);
    const id = created.body.id;
    const patched = await t.request('PATCH', `/v1/services/${id}`, {
      token: t.org(0).contactToken,
      body: { verifiedAt: '2026-03-06T10:00:00Z' },
    });
    expect(leaks(patched.body)).toBe(false);
    const detail = await t.request('GET', `/v1/services/${id}`, { token: t.org(5).contactToken });
    expect(detail.body.locations).toEqual(created.body.locations);
    const searched = await everyService(t, 'q=Casa%20Abrigo%20Test');
    expect(searched.map((s) => s.id)).toEqual([id]);
    expect(leaks(searched)).toBe(false);

    // Near search places it at the centre of Porto (41.1579, -8.6291), 0.8 km from its real place.
    const nearCentre = await everyService(t, 'near=41.1579,-8.6291&radiusKm=0.1&assistance=shelter');
    expect(nearCentre.map((s) => s.id)).toContain(id);
    expect(leaks(nearCentre)).toBe(false);
    const nearPlace = await everyService(t, 'near=41.1621,-8.6219&radiusKm=0.5&assistance=shelter');
    expect(nearPlace.map((s) => s.id)).not.toContain(id);
  });

  it("are the seed's safe accommodation", async () => {
    const shelters = (await everyService(t, 'q=Safe%20accommodation')).filter((s) =>
      s.name.startsWith('Safe accommodation'),
    );
    expect(shelters.length).toBeGreaterThan(0);
    for (const shelter of shelters) {
      expect(shelter.confidentialLocation).toBe(true);
      for (const location of shelter.locations) expect(Object.keys(location).sort()).toEqual(['address', 'id']);
    }
  });
});

describe('search filters of 1.1', () => {
  it('match accessibility, age, interpretation and the pause switch', async () => {
    const loop = await everyService(t, 'accessibility=hearing-loop');
    expect(loop.length).toBeGreaterThan(0);
    expect(loop.every((s) => s.accessibility.includes('hearing-loop'))).toBe(true);

    const child = await everyService(t, 'age=9');
    expect(child.length).toBeGreaterThan(0);
    for (const s of child) {
      expect(s.eligibility?.minimumAge ?? 0).toBeLessThanOrEqual(9);
      expect(s.eligibility?.maximumAge ?? 120).toBeGreaterThanOrEqual(9);
    }
    const all = await everyService(t, 'country=PT');
    const adultsOnly = all.filter((s) => (s.eligibility?.minimumAge ?? 0) > 9);
    expect(adultsOnly.length).toBeGreaterThan(0);

    const interpreting = await everyService(t, 'interpretation=true&country=PT');
    expect(interpreting.length).toBeGreaterThan(0);
    expect(interpreting.every((s) => s.assistance.includes('interpretation'))).toBe(true);

    const accepting = await everyService(t, 'acceptingReferrals=true&country=PT');
    expect(accepting.every((s) => s.acceptingReferrals !== false && s.capacity.status !== 'full')).toBe(true);
    expect(accepting.length).toBeLessThan(all.length);
  });

  it('refuse what is not a code, an age or a time', async () => {
    for (const [query, path] of [
      ['accessibility=ramp', '/accessibility'],
      ['age=-1', '/age'],
      ['age=old', '/age'],
      ['acceptingReferrals=yes', '/acceptingReferrals'],
      ['updatedSince=yesterday', '/updatedSince'],
    ]) {
      const reply = await t.request('GET', `/v1/services?${query}`, { token: t.org(0).publishableKey });
      expect(reply.status, query).toBe(400);
      expect(reply.body.errors[0].path, query).toBe(path);
    }
  });
});
