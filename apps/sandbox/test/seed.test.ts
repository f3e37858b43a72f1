import {
  accessibilityFeatures,
  accessRoutes,
  capacityStatuses,
  deliveryModes,
  formsOfAssistance,
  referralStatuses,
  type Service,
  victimTypes,
  weekdays,
} from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { type Reply, useSandbox } from './support/sandbox.js';

const t = useSandbox();

async function everyPage<Item>(path: string, token: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const reply: Reply = await t.request('GET', `${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      token,
    });
    expect(reply.status).toBe(200);
    items.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return items;
}

describe('the seeded directory', () => {
  it('has at least 60 members in at least 30 countries, the first one Portuguese', async () => {
    const { organisations } = t.sandbox.credentials;
    expect(organisations.length).toBeGreaterThanOrEqual(60);
    const countries = new Set(organisations.map((o) => o.country));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    for (const code of ['PT', 'GB', 'NO', 'CH', 'RS', 'UA', 'TR', 'US', 'CA', 'BR', 'NZ', 'KR', 'DE', 'PL']) {
      expect(countries).toContain(code);
    }
    expect(organisations[0]?.country).toBe('PT');
    const listed = await everyPage<{ id: string }>('/v1/organisations', t.admin);
    expect(listed.map((o) => o.id)).toEqual(organisations.map((o) => o.id));
  });

  it('has at least 400 services covering every code of every vocabulary services use', async () => {
    const services = await everyPage<Service>('/v1/services', t.admin);
    expect(services.length).toBeGreaterThanOrEqual(400);
    const covered = (values: (service: Service) => string[]) => new Set(services.flatMap(values));
    const codes = (terms: readonly { code: string }[]) => terms.map((term) => term.code);
    expect([...covered((s) => s.victimTypes)].sort()).toEqual(codes(victimTypes).sort());
    expect([...covered((s) => s.assistance)].sort()).toEqual(codes(formsOfAssistance).sort());
    expect([...covered((s) => s.deliveryModes)].sort()).toEqual(codes(deliveryModes).sort());
    expect([...covered((s) => s.accessRoutes)].sort()).toEqual(codes(accessRoutes).sort());
    expect([...covered((s) => s.accessibility)].sort()).toEqual(codes(accessibilityFeatures).sort());
    expect([...covered((s) => [s.capacity.status])].sort()).toEqual(codes(capacityStatuses).sort());
    expect([...covered((s) => s.openingHours.periods.map((p) => p.day))].sort()).toEqual(codes(weekdays).sort());
    const zones = covered((s) => [s.openingHours.timeZone]);
    for (const zone of ['Europe/Lisbon', 'Europe/Kyiv', 'America/Chicago', 'Pacific/Auckland', 'Asia/Seoul']) {
      expect(zones).toContain(zone);
    }
    const lisbon = services.find(
      (s) => s.confidentialLocation !== true && s.locations.some((l) => l.address.city === 'Lisboa'),
    );
    expect(lisbon?.languages).toContain('pt');
    expect(lisbon?.locations[0]?.coordinates?.latitude).toBeCloseTo(38.72, 1);
  });

  it('has referrals in every status, with their events and messages', async () => {
    const first = t.org(0);
    const referrals = await everyPage<{ id: string; status: string; erasedAt?: string }>(
      '/v1/referrals',
      first.contactToken,
    );
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(referralStatuses.map((s) => s.code)));
    const accepted = referrals.find((r) => r.status === 'accepted');
    const events = await t.request('GET', `/v1/referrals/${accepted?.id}/events`, { token: first.contactToken });
    expect(events.body.items.map((e: { type: string }) => e.type)).toContain('transitioned');
    const messages = await t.request('GET', `/v1/referrals/${accepted?.id}/messages`, { token: first.contactToken });
    expect(messages.body.items.length).toBeGreaterThan(0);
    expect(referrals.find((r) => r.status === 'withdrawn-consent')?.erasedAt).toBeDefined();
  });

  it('has cross-border case files and a self-referral referred onward to the first organisation', async () => {
    const first = t.org(0);
    const inbox = await everyPage<{ id: string; basedOn?: string; crossBorder?: { crimeCountry?: string } }>(
      '/v1/referrals?box=inbox',
      first.contactToken,
    );
    expect(inbox.filter((r) => r.crossBorder?.crimeCountry !== undefined).length).toBeGreaterThanOrEqual(10);
    const onward = inbox.find((r) => r.basedOn !== undefined);
    expect(onward).toBeDefined();
    const host = t.org(2);
    const events = await t.request('GET', `/v1/referrals/${onward?.basedOn}/events`, { token: host.contactToken });
    expect(events.body.items.at(-1)).toMatchObject({ type: 'forwarded', forwardedTo: { referralId: onward?.id } });
  });

  it('is the same every time, ids and content, but its secrets are new every time', async () => {
    const again = await startSandbox();
    try {
      const first = t.sandbox.credentials;
      const second = again.credentials;
      const publicPart = ({ id, name, country }: { id: string; name: string; country: string }) => ({
        id,
        name,
        country,
      });
      expect(second.organisations.map(publicPart)).toEqual(first.organisations.map(publicPart));
      const secrets = (c: typeof first) => [
        c.adminToken,
        ...c.organisations.flatMap((o) => [o.publishableKey, o.contactToken]),
      ];
      const firstSecrets = new Set(secrets(first));
      expect(firstSecrets.size).toBe(1 + 2 * first.organisations.length);
      expect(secrets(second).filter((secret) => firstSecrets.has(secret))).toEqual([]);
      const page = async (sandbox: typeof again) =>
        (
          await fetch(`${sandbox.url}/v1/services?limit=50`, {
            headers: { Authorization: `Bearer ${sandbox.credentials.adminToken}` },
          })
        ).json();
      expect(await page(again)).toEqual(await page(t.sandbox));
    } finally {
      await again.close();
    }
  });
});
