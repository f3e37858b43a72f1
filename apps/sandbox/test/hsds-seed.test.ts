import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Organisation, Service } from '@victim-referral/schemas';
import { toHsds } from '@victim-referral/schemas/hsds';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { call, useSandbox } from './support/sandbox.js';

const t = useSandbox();
const dir = mkdtempSync(join(tmpdir(), 'sandbox-hsds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seeding from HSDS 3.1', () => {
  it('loads the organisations and services of HSDS files through fromHsds()', async () => {
    const organisations: Organisation[] = (await t.request('GET', '/v1/organisations?country=PT', { token: t.admin }))
      .body.items;
    const services: Service[] = (await t.request('GET', '/v1/services?country=PT&limit=100', { token: t.admin })).body
      .items;
    writeFileSync(join(dir, 'portugal.json'), JSON.stringify(toHsds({ organisations, services })));

    const fromHsds = await startSandbox({ seed: { hsdsDir: dir } });
    try {
      expect(fromHsds.credentials.organisations.map((o) => o.id)).toEqual(organisations.map((o) => o.id));
      const key = fromHsds.credentials.organisations[0]?.publishableKey;
      const loaded = await call(fromHsds.url, 'GET', '/v1/services?limit=100', { token: key });
      expect(loaded.status).toBe(200);
      expect(loaded.body.items.map((s: Service) => s.id).sort()).toEqual(services.map((s) => s.id).sort());
      const original = services[0] as Service;
      const copy = loaded.body.items.find((s: Service) => s.id === original.id);
      expect(copy).toMatchObject({
        name: original.name,
        assistance: original.assistance,
        openingHours: original.openingHours,
      });
    } finally {
      await fromHsds.close();
    }
  });
});
