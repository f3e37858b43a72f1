import { getOrganisation, getProtocolInfo, listReferrals, listServices } from '@victim-referral/schemas';
import * as routes from '@victim-referral/schemas/routes';
import { describe, expect, test } from 'vitest';
import { createRouteTransport, createTransport, ReferralNotFoundError } from '../src/index.js';
import { alpha, alphaContact, alphaPublic, marker, referralBody, sandbox } from './support.js';

describe('createTransport: one endpoint definition at a time', () => {
  const publicTransport = createTransport({ baseUrl: sandbox.url, auth: { publishableKey: alpha.publishableKey } });
  const contactTransport = createTransport({ baseUrl: sandbox.url, auth: { token: alpha.contactToken } });

  test('answers what the client does for the same endpoint', async () => {
    expect(await publicTransport(getProtocolInfo)).toEqual(await alphaPublic.protocol.info());
    const query = { country: alpha.country, limit: 5 };
    expect(await publicTransport(listServices, { query })).toEqual(await alphaPublic.services.search(query));
  });

  test('fills the path, writes the query and sends the credential', async () => {
    const created = await alphaContact.referrals.create(referralBody(marker('transport'), { priority: 'immediate' }));
    const page = await contactTransport(listReferrals, { query: { box: 'outbox', priority: 'immediate', limit: 100 } });
    expect(page.items.map((referral) => referral.id)).toContain(created.id);
    for (const referral of page.items) {
      expect(referral).toMatchObject({ referringOrganisationId: alpha.id, priority: 'immediate' });
    }
    expect(await publicTransport(getOrganisation, { params: { id: alpha.id } })).toMatchObject({ id: alpha.id });
  });

  test('throws the typed errors', async () => {
    const error = await publicTransport(getOrganisation, { params: { id: crypto.randomUUID() } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReferralNotFoundError);
  });
});

describe('createRouteTransport: routes, answers unchecked', () => {
  const routeTransport = createRouteTransport({ baseUrl: sandbox.url, auth: { publishableKey: alpha.publishableKey } });

  test('answers what the checking transport does, from routes generated off the contract', async () => {
    const query = { country: alpha.country, limit: 5 };
    expect(await routeTransport(routes.listServices, { query })).toEqual(
      await createTransport({ baseUrl: sandbox.url, auth: { publishableKey: alpha.publishableKey } })(listServices, {
        query,
      }),
    );
    expect(await routeTransport(routes.getOrganisation, { params: { id: alpha.id } })).toMatchObject({ id: alpha.id });
  });

  test('throws the same typed errors', async () => {
    const error = await routeTransport(routes.getOrganisation, { params: { id: crypto.randomUUID() } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReferralNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not-found', requestId: expect.any(String) });
  });

  test('sends the idempotency key, so a repeated create makes one record', async () => {
    const contactRoutes = createRouteTransport({ baseUrl: sandbox.url, auth: { token: alpha.contactToken } });
    const body = referralBody(marker('route-transport'));
    const idempotencyKey = `route-${crypto.randomUUID()}`;
    const first = await contactRoutes(routes.createReferral, { body, idempotencyKey });
    const again = await contactRoutes(routes.createReferral, { body, idempotencyKey });
    expect(first).toMatchObject({ id: expect.any(String), status: 'sent' });
    expect(again.id).toBe(first.id);
  });
});
