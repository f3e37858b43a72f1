/**
 * The authorisation matrix, table-driven from the contract: every endpoint called with no
 * credential, a bad one, a publishable key, the contact token of the organisation concerned,
 * another organisation's contact token, and the admin token.
 */
import { type Credential, contract, generateEncryptionKeyPair, type OperationId } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { referralBody, type TestSandbox, useSandbox } from './support/sandbox.js';

// Every case comes from this one address: its failed authentications must not be throttled.
const t = useSandbox({ faults: true, allowPrivateWebhooks: true, rateLimit: { authFailureLimit: 10_000 } });

type CallerName = 'none' | 'bad token' | 'publishable key' | 'own contact token' | 'other contact token' | 'admin';

const callers: CallerName[] = [
  'none',
  'bad token',
  'publishable key',
  'own contact token',
  'other contact token',
  'admin',
];

const credentialOf: Record<CallerName, Credential | 'invalid'> = {
  none: 'none',
  'bad token': 'invalid',
  'publishable key': 'publishable-key',
  'own contact token': 'contact-token',
  'other contact token': 'contact-token',
  admin: 'admin-token',
};

function tokenOf(caller: CallerName): string | undefined {
  switch (caller) {
    case 'none':
      return undefined;
    case 'bad token':
      return 'ct_this-token-does-not-exist';
    case 'publishable key':
      return t.org(0).publishableKey;
    case 'own contact token':
      return t.org(0).contactToken;
    case 'other contact token':
      return t.org(5).contactToken;
    case 'admin':
      return t.admin;
  }
}

/** Operations on one referral or subscription of organisation 0: another organisation gets 404. */
const scopedToOwner = new Set<OperationId>([
  'getReferral',
  'updateReferral',
  'transitionReferral',
  'listMessages',
  'createMessage',
  'listEvents',
  'deleteWebhook',
  'updateService',
  'withdrawService',
]);

/** Operations on organisation 0 itself, in its path: another organisation's contact token is refused. */
const ownOrganisationInPath = new Set<OperationId>(['publishEncryptionKey', 'retireEncryptionKey']);

/** A contact token adds services only for its own organisation: another's is a 422 on `organisationId`. */
const ownOrganisationInBody = new Set<OperationId>(['createService']);

async function created(state: TestSandbox, path: string, body: unknown): Promise<string> {
  const reply = await state.request('POST', path, { token: state.org(0).contactToken, body });
  expect(reply.status).toBe(201);
  return reply.body.id;
}

/** A new service of organisation 0, made from one of its seeded services whose location is public. */
async function newServiceOfFirst(unique: string): Promise<unknown> {
  const services = await t.request('GET', `/v1/services?organisation=${t.org(0).id}&limit=20`, { token: t.admin });
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...input
  } = services.body.items.find((service: { confidentialLocation?: boolean }) => service.confidentialLocation !== true);
  return { ...input, name: `Test service ${unique}` };
}

/**
 * Retires the key a key case published, whoever called: organisation 0 keeps receiving in clear,
 * as the other cases of the matrix send.
 */
async function retireTestKey(operationId: OperationId, path: string, body: unknown): Promise<void> {
  if (operationId !== 'publishEncryptionKey' && operationId !== 'retireEncryptionKey') return;
  const keyPath = operationId === 'publishEncryptionKey' ? `${path}/${(body as { kid: string }).kid}` : path;
  await t.request('DELETE', keyPath, { token: t.org(0).contactToken });
}

/** A fresh request for each case, so one case's change never affects another. */
async function requestFor(operationId: OperationId): Promise<{ path: string; body?: unknown }> {
  const receiver = t.org(1).id;
  const unique = Math.random().toString(36).slice(2);
  switch (operationId) {
    case 'getProtocolInfo':
      return { path: '/v1' };
    case 'getTaxonomy':
      return { path: '/v1/taxonomy' };
    case 'listOrganisations':
      return { path: '/v1/organisations' };
    case 'getOrganisation':
      return { path: `/v1/organisations/${t.org(0).id}` };
    case 'createOrganisation':
      return {
        path: '/v1/organisations',
        body: {
          name: `Test member ${unique}`,
          country: 'PT',
          languages: ['pt'],
          pointOfContact: { displayName: 'Rita' },
        },
      };
    case 'listServices':
      return { path: '/v1/services?limit=5' };
    case 'getService':
    case 'updateService': {
      const services = await t.request('GET', `/v1/services?organisation=${t.org(0).id}&limit=1`, { token: t.admin });
      const path = `/v1/services/${services.body.items[0].id}`;
      return operationId === 'getService'
        ? { path }
        : { path, body: { capacity: { status: 'full', updatedAt: '2026-03-01T09:00:00Z' } } };
    }
    case 'createService':
      return { path: '/v1/services', body: await newServiceOfFirst(unique) };
    case 'withdrawService': {
      const service = await t.request('POST', '/v1/services', {
        token: t.admin,
        body: await newServiceOfFirst(unique),
      });
      return { path: `/v1/services/${service.body.id}` };
    }
    case 'getFollowUp':
    case 'withdrawFollowUpConsent': {
      const body = referralBody();
      delete body.status;
      const self = await t.request('POST', '/v1/referrals', { token: t.org(0).publishableKey, body });
      expect(self.status).toBe(201);
      const path = operationId === 'getFollowUp' ? '/v1/follow-up' : '/v1/follow-up/withdraw-consent';
      return { path, body: self.body.followUp };
    }
    case 'getSandboxClock':
      return { path: '/v1/sandbox/clock' };
    case 'advanceSandboxClock':
      return { path: '/v1/sandbox/clock', body: { advanceSeconds: 1 } };
    case 'createReferral':
      return { path: '/v1/referrals', body: referralBody({ receivingOrganisationId: receiver }) };
    case 'listReferrals':
      return { path: '/v1/referrals' };
    case 'getReferral':
    case 'listMessages':
    case 'listEvents': {
      const id = await created(t, '/v1/referrals', referralBody({ receivingOrganisationId: receiver }));
      const suffix = { getReferral: '', listMessages: '/messages', listEvents: '/events' }[operationId];
      return { path: `/v1/referrals/${id}${suffix}` };
    }
    case 'updateReferral': {
      const id = await created(
        t,
        '/v1/referrals',
        referralBody({ receivingOrganisationId: receiver, status: 'draft' }),
      );
      return { path: `/v1/referrals/${id}`, body: { priority: 'immediate' } };
    }
    case 'transitionReferral': {
      const id = await created(t, '/v1/referrals', referralBody({ receivingOrganisationId: receiver }));
      return { path: `/v1/referrals/${id}/transitions`, body: { to: 'cancelled', reasonCode: 'sent-in-error' } };
    }
    case 'createMessage': {
      const id = await created(t, '/v1/referrals', referralBody({ receivingOrganisationId: receiver }));
      return { path: `/v1/referrals/${id}/messages`, body: { body: 'Hello' } };
    }
    case 'createWebhook':
      return { path: '/v1/webhooks', body: { url: `http://127.0.0.1:9/${unique}`, events: ['referral.received'] } };
    case 'listWebhooks':
      return { path: '/v1/webhooks' };
    case 'deleteWebhook': {
      const id = await created(t, '/v1/webhooks', {
        url: `http://127.0.0.1:9/${unique}`,
        events: ['referral.received'],
      });
      return { path: `/v1/webhooks/${id}` };
    }
    case 'publishEncryptionKey':
      return {
        path: `/v1/organisations/${t.org(0).id}/keys`,
        body: (await generateEncryptionKeyPair({ kid: `test-${unique}` })).publicKey,
      };
    case 'retireEncryptionKey': {
      const { publicKey } = await generateEncryptionKeyPair({ kid: `test-${unique}` });
      const reply = await t.request('POST', `/v1/organisations/${t.org(0).id}/keys`, {
        token: t.org(0).contactToken,
        body: publicKey,
      });
      expect(reply.status).toBe(201);
      return { path: `/v1/organisations/${t.org(0).id}/keys/${publicKey.kid}` };
    }
    case 'armFaults':
      return {
        path: '/v1/sandbox/faults',
        body: { pathPrefix: '/v1/matches-nothing', count: 1, action: { kind: 'delay', ms: 1 } },
      };
  }
}

function expectedStatus(operationId: OperationId, caller: CallerName): number {
  const endpoint = contract[operationId];
  const auth: readonly Credential[] = endpoint.auth;
  if (auth.includes('none')) return endpoint.success.status;
  const credential = credentialOf[caller];
  if (credential === 'none' || credential === 'invalid') return 401;
  if (!auth.includes(credential)) return 403;
  if (caller === 'other contact token' && scopedToOwner.has(operationId)) return 404;
  if (caller === 'other contact token' && ownOrganisationInBody.has(operationId)) return 422;
  if (caller === 'other contact token' && ownOrganisationInPath.has(operationId)) return 403;
  return endpoint.success.status;
}

const cases = (Object.keys(contract) as OperationId[]).flatMap((operationId) =>
  callers.map((caller) => ({ operationId, caller, expected: expectedStatus(operationId, caller) })),
);

describe('authorisation matrix', () => {
  it.each(cases)('$operationId with $caller → $expected', async ({ operationId, caller, expected }) => {
    const { path, body } = await requestFor(operationId);
    if (caller === 'publishable key' && operationId === 'createReferral') {
      // A self-referral names no other receiver.
      delete (body as { receivingOrganisationId?: string }).receivingOrganisationId;
    }
    const reply = await t.request(contract[operationId].method, path, { token: tokenOf(caller), body });
    await retireTestKey(operationId, path, body);
    expect(reply.status).toBe(expected);
    if (expected >= 400) {
      expect(reply.headers.get('content-type')).toBe('application/problem+json');
      expect(reply.body.code).toBe(
        { 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 422: 'validation-failed' }[expected],
      );
      expect(reply.body.requestId).toBe(reply.headers.get('x-request-id'));
    }
    if (expected === 401) expect(reply.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 to a header that is not a Bearer credential', async () => {
    const reply = await t.request('GET', '/v1/organisations', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(reply.status).toBe(401);
    expect(reply.body.code).toBe('unauthenticated');
  });

  it('lets a self-referral be made with a publishable key, received by its own organisation', async () => {
    const foreignService = await t.request('GET', `/v1/services?organisation=${t.org(3).id}&limit=1`, {
      token: t.admin,
    });
    const serviceId = foreignService.body.items[0].id;
    const body = referralBody({ serviceId });
    delete body.status;
    const reply = await t.request('POST', '/v1/referrals', { token: t.org(0).publishableKey, body });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      kind: 'self',
      status: 'sent',
      referringOrganisationId: t.org(0).id,
      receivingOrganisationId: t.org(0).id,
      serviceId,
    });
    const seen = await t.request('GET', `/v1/referrals/${reply.body.id}`, { token: t.org(0).contactToken });
    expect(seen.status).toBe(200);
    const elsewhere = await t.request('POST', '/v1/referrals', {
      token: t.org(0).publishableKey,
      body: referralBody({ receivingOrganisationId: t.org(3).id }),
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].path).toBe('/receivingOrganisationId');
  });
});
