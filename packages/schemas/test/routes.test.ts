import { describe, expect, test } from 'vitest';
import { contract, routeOf } from '../src/index.js';
import { distDir } from './support.js';

describe('dist/routes.js', () => {
  test('holds the route of every endpoint of the contract, under its name, and nothing else', async () => {
    const routes: Record<string, unknown> = await import(`${distDir}routes.js`);
    expect(Object.keys(routes).sort()).toEqual(Object.keys(contract).sort());
    for (const [name, endpoint] of Object.entries(contract)) expect(routes[name]).toEqual(routeOf(endpoint));
  });

  test('a route is plain data: method, path, idempotency and the success answer', () => {
    expect(routeOf(contract.createReferral)).toEqual({
      method: 'POST',
      path: '/v1/referrals',
      idempotent: true,
      success: { status: 201, json: true },
    });
    expect(routeOf(contract.deleteWebhook)).toMatchObject({ method: 'DELETE', success: { json: false } });
  });
});
