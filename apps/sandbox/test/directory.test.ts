import { type Organisation, type Service, weekdays } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../src/search/geo.js';
import { type Reply, useSandbox } from './support/sandbox.js';

const t = useSandbox();

async function search(query: string): Promise<Service[]> {
  const services: Service[] = [];
  let cursor: string | null = null;
  do {
    const reply: Reply = await t.request(
      'GET',
      `/v1/services?${query}${query ? '&' : ''}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      { token: t.org(0).publishableKey },
    );
    expect(reply.status).toBe(200);
    services.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return services;
}

describe('organisations', () => {
  it('lists by country and pages without repeats', async () => {
    const portuguese = await t.request('GET', '/v1/organisations?country=PT', { token: t.org(0).publishableKey });
    expect(portuguese.body.items.length).toBeGreaterThan(0);
    expect(portuguese.body.items.every((o: Organisation) => o.country === 'PT')).toBe(true);
    const first = await t.request('GET', '/v1/organisations?limit=3', { token: t.org(0).contactToken });
    const second = await t.request('GET', `/v1/organisations?limit=3&cursor=${first.body.nextCursor}`, {
      token: t.org(0).contactToken,
    });
    expect(second.body.items.map((o: Organisation) => o.id)).toEqual(
      t.sandbox.credentials.organisations.slice(3, 6).map((o) => o.id),
    );
  });

  it('shows one organisation with its point of contact', async () => {
    const reply: Reply = await t.request('GET', `/v1/organisations/${t.org(0).id}`, { token: t.org(0).publishableKey });
    expect(reply.body).toMatchObject({ name: t.org(0).name, country: 'PT' });
    expect(reply.body.pointOfContact.displayName).toBeTypeOf('string');
  });

  it('lets the administrator add a member, which gets working credentials', async () => {
    const body = {
      name: 'Victim Support Malta North',
      country: 'MT',
      languages: ['mt', 'en'],
      pointOfContact: { displayName: 'Rita' },
    };
    const reply: Reply = await t.request('POST', '/v1/organisations', { token: t.admin, body });
    expect(reply.status).toBe(201);
    const { publishableKey, contactToken } = reply.body.credentials;
    expect([publishableKey, contactToken]).toEqual([expect.stringMatching(/^pk_/), expect.stringMatching(/^ct_/)]);
    expect([...reply.headers.keys()].filter((name) => name.startsWith('sandbox-'))).toEqual([]);
    const own = await t.request('GET', `/v1/organisations/${reply.body.id}`, { token: publishableKey });
    expect(own.body).toEqual(expect.objectContaining({ name: body.name }));
    expect(own.body).not.toHaveProperty('credentials');
    const inbox = await t.request('GET', '/v1/referrals', { token: contactToken });
    expect(inbox.status).toBe(200);
    const again = await t.request('POST', '/v1/organisations', { token: t.admin, body });
    expect(again.status).toBe(409);
  });
});

describe('service search', () => {
  it('finds by text in name, description or organisation, ignoring case and accents', async () => {
    const hits = await search('q=VITIMA%20LISBOA');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((s) => s.organisationId === t.org(0).id)).toBe(true);
    expect((await search('q=cybercrime')).every((s) => /cybercrime/i.test(`${s.name} ${s.description}`))).toBe(true);
  });

  it('filters by country, victim type, assistance, language, delivery, cost and organisation', async () => {
    for (const s of await search('country=UA')) {
      expect([...s.serviceArea.countries, ...s.locations.map((l) => l.address.country)]).toContain('UA');
    }
    const combined = await search('victimType=domestic-violence&assistance=shelter&delivery=phone&freeOfCharge=true');
    expect(combined.length).toBeGreaterThan(0);
    for (const s of combined) {
      expect(s.victimTypes).toContain('domestic-violence');
      expect(s.assistance).toContain('shelter');
      expect(s.deliveryModes).toContain('phone');
      expect(s.freeOfCharge).toBe(true);
    }
    const brazilian = await search('language=pt');
    expect(brazilian.some((s) => s.languages.includes('pt-BR'))).toBe(true);
    expect((await search(`organisation=${t.org(2).id}`)).every((s) => s.organisationId === t.org(2).id)).toBe(true);
  });

  it('splits the directory into open and closed services, in their own time zones', async () => {
    const all = await search('');
    const open = await search('openNow=true');
    const closed = await search('openNow=false');
    expect(open.length + closed.length).toBe(all.length);
    expect(open.filter((s) => s.openingHours.alwaysOpen).length).toBe(
      all.filter((s) => s.openingHours.alwaysOpen).length,
    );
    const now = new Date();
    for (const service of open.filter((s) => !s.openingHours.alwaysOpen)) {
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: service.openingHours.timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(now);
      const day = weekdays.find((w) => w.label.startsWith(parts.find((p) => p.type === 'weekday')?.value ?? ''))?.code;
      const yesterday = weekdays[(weekdays.findIndex((w) => w.code === day) + 6) % 7]?.code;
      const time = `${parts.find((p) => p.type === 'hour')?.value}:${parts.find((p) => p.type === 'minute')?.value}`;
      const openPeriod = service.openingHours.periods.some((p) =>
        p.closes > p.opens
          ? p.day === day && p.opens <= time && time < p.closes
          : (p.day === day && p.opens <= time) || (p.day === yesterday && time < p.closes),
      );
      expect(openPeriod).toBe(true);
    }
  });

  it('finds services near a point, nearest first, within the radius', async () => {
    const lisbon = { latitude: 38.7223, longitude: -9.1393 };
    const near = await search('near=38.7223,-9.1393&radiusKm=350');
    expect(near.length).toBeGreaterThan(0);
    // Confidential locations have no coordinates in answers: they are placed at their locality's centre.
    const located = near.filter((s) => s.locations.every((l) => l.coordinates !== undefined));
    const distances = located.map((s) =>
      Math.min(...s.locations.map((l) => distanceKm(lisbon, l.coordinates ?? lisbon))),
    );
    expect(distances.every((d) => d <= 350)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(new Set(near.flatMap((s) => s.locations.map((l) => l.address.country)))).toEqual(new Set(['PT', 'ES']));
    const unlimited = await t.request('GET', '/v1/services?near=38.7223,-9.1393&limit=5', { token: t.admin });
    const page2 = await t.request(
      'GET',
      `/v1/services?near=38.7223,-9.1393&limit=5&cursor=${unlimited.body.nextCursor}`,
      { token: t.admin },
    );
    const ids = [...unlimited.body.items, ...page2.body.items].map((s: Service) => s.id);
    expect(new Set(ids).size).toBe(10);
  });

  it('pages the whole directory without repeats or gaps', async () => {
    const all = await search('');
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const small: string[] = [];
    let cursor: string | null = null;
    do {
      const reply: Reply = await t.request(
        'GET',
        `/v1/services?country=PT&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: t.admin },
      );
      small.push(...reply.body.items.map((s: Service) => s.id));
      cursor = reply.body.nextCursor;
    } while (cursor);
    expect(small).toEqual((await search('country=PT')).map((s) => s.id));
  });
});

describe('administering services', () => {
  it('adds a service and changes its capacity; search sees both', async () => {
    const template = (await search(`organisation=${t.org(0).id}`))[0] as Service;
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = template;
    const created = await t.request('POST', '/v1/services', {
      token: t.admin,
      body: { ...input, name: 'Zebra crossing victims desk' },
    });
    expect(created.status).toBe(201);
    expect((await search('q=zebra%20crossing')).map((s) => s.id)).toEqual([created.body.id]);
    const capacity = { status: 'full', updatedAt: '2026-03-01T09:00:00Z' };
    const changed = await t.request('PATCH', `/v1/services/${created.body.id}`, { token: t.admin, body: { capacity } });
    expect(changed.status).toBe(200);
    expect(changed.body.capacity).toEqual(capacity);
    expect((await search('q=zebra%20crossing'))[0]?.capacity).toEqual(capacity);
    const orphan = await t.request('POST', '/v1/services', {
      token: t.admin,
      body: { ...input, organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(orphan.status).toBe(400);
  });
});
