import type {
  FaultsArmed,
  Message,
  Organisation,
  ProblemCode,
  ProtocolInfo,
  Referral,
  ReferralEvent,
  ReferralStatus,
  Service,
  Taxonomy,
  WebhookEvent,
  WebhookSubscription,
  WebhookSubscriptionCreated,
} from '@victim-referral/schemas';
import { createReferral, deleteWebhook, getProtocolInfo, getService, listReferrals } from '@victim-referral/schemas';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createReferralClient,
  createTransport,
  isReferralApiError,
  type QueryOf,
  type ReferralApiError,
  type ReferralClient,
  type ReferralInvalidTransitionError,
  type ReferralRateLimitError,
  type ReferralResponseValidationError,
} from '../src/index.js';
import { verifyWebhook } from '../src/webhooks.js';

declare const client: ReferralClient;

describe('createReferralClient', () => {
  test('takes a publishable key, a token or a token provider', () => {
    expectTypeOf(
      createReferralClient({ baseUrl: 'https://x.test', auth: { publishableKey: 'pk_x' } }),
    ).toEqualTypeOf<ReferralClient>();
    createReferralClient({ baseUrl: 'https://x.test', auth: { token: 'ct_x' } });
    createReferralClient({ baseUrl: new URL('https://x.test'), auth: { token: async () => 'ct_x' }, retry: false });
    // @ts-expect-error: a credential is required
    createReferralClient({ baseUrl: 'https://x.test', auth: {} });
    // @ts-expect-error: the token provider returns a string
    createReferralClient({ baseUrl: 'https://x.test', auth: { token: async () => 42 } });
  });
});

describe('methods return the records of the contract', () => {
  test('protocol and directory', () => {
    expectTypeOf(client.protocol.info()).resolves.toEqualTypeOf<ProtocolInfo>();
    expectTypeOf(client.protocol.taxonomy()).resolves.toEqualTypeOf<Taxonomy>();
    expectTypeOf(client.organisations.get('id')).resolves.toEqualTypeOf<Organisation>();
    expectTypeOf(client.organisations.list()).resolves.toEqualTypeOf<{
      items: Organisation[];
      nextCursor: string | null;
    }>();
    expectTypeOf(client.services.get('id')).resolves.toEqualTypeOf<Service>();
    expectTypeOf(client.services.search({ q: 'x' })).resolves.toEqualTypeOf<{
      items: Service[];
      nextCursor: string | null;
    }>();
  });

  test('referrals, messages, events, webhooks and admin', () => {
    expectTypeOf(client.referrals.get('id')).resolves.toEqualTypeOf<Referral>();
    expectTypeOf(client.referrals.accept('id')).resolves.toEqualTypeOf<Referral>();
    expectTypeOf(client.referrals.list({ box: 'inbox' }))
      .resolves.toHaveProperty('items')
      .toEqualTypeOf<Referral[]>();
    expectTypeOf(client.messages.create('id', { body: 'hi' })).resolves.toEqualTypeOf<Message>();
    expectTypeOf(client.events.list('id')).resolves.toHaveProperty('items').toEqualTypeOf<ReferralEvent[]>();
    expectTypeOf(
      client.webhooks.create({ url: 'https://x.test', events: ['referral.received'] }),
    ).resolves.toEqualTypeOf<WebhookSubscriptionCreated>();
    expectTypeOf(client.webhooks.list()).resolves.toHaveProperty('items').toEqualTypeOf<WebhookSubscription[]>();
    expectTypeOf(client.webhooks.delete('id')).resolves.toEqualTypeOf<void>();
    expectTypeOf(
      client.admin.armFaults({ pathPrefix: '/v1', count: 1, action: { kind: 'drop-after-response' } }),
    ).resolves.toEqualTypeOf<FaultsArmed>();
  });

  test('listAll iterates items of every page', () => {
    expectTypeOf(client.services.searchAll()).toEqualTypeOf<AsyncGenerator<Service, void, undefined>>();
    expectTypeOf(client.referrals.listAll({ box: 'outbox' })).toEqualTypeOf<
      AsyncGenerator<Referral, void, undefined>
    >();
    expectTypeOf(client.messages.listAll('id')).toEqualTypeOf<AsyncGenerator<Message, void, undefined>>();
    expectTypeOf(client.organisations.listAll()).toEqualTypeOf<AsyncGenerator<Organisation, void, undefined>>();
  });
});

describe('parameters come from the contract', () => {
  test('service search takes every filter with parsed types', () => {
    expectTypeOf<QueryOf<'listServices'>>().toHaveProperty('freeOfCharge').toEqualTypeOf<boolean | undefined>();
    expectTypeOf<QueryOf<'listServices'>>().toHaveProperty('radiusKm').toEqualTypeOf<number | undefined>();
    expectTypeOf<QueryOf<'listServices'>>().toHaveProperty('limit').toEqualTypeOf<number | undefined>();
    client.services.search({
      q: 'shelter',
      country: 'PT',
      victimType: 'domestic-violence',
      freeOfCharge: true,
      openNow: false,
      near: '38.7,-9.1',
      radiusKm: 50,
      limit: 10,
    });
    // @ts-expect-error: not a victim type of the vocabulary
    client.services.search({ victimType: 'nonsense' });
    // @ts-expect-error: no such filter
    client.services.search({ colour: 'blue' });
  });

  test('bodies and transitions are checked', () => {
    // @ts-expect-error: not a status
    client.referrals.transition('id', { to: 'done' });
    // @ts-expect-error: decline needs a reason code
    client.referrals.decline('id');
    // @ts-expect-error: a reason code of another status
    client.referrals.decline('id', { reasonCode: 'awaiting-interpreter' });
    // @ts-expect-error: the code other needs free text
    client.referrals.cancel('id', { reasonCode: 'other' });
    client.referrals.cancel('id', { reasonCode: 'other', reason: 'Moved abroad' });
    client.referrals.putOnHold('id', { reasonCode: 'awaiting-victim' });
    client.referrals.forward('id', { to: 'org', priority: 'urgent' });
    // @ts-expect-error: forward names the receiver as to
    client.referrals.forward('id', { receivingOrganisationId: 'org' });
    // @ts-expect-error: not an outcome
    client.referrals.complete('id', 'great');
    client.referrals.complete('id', 'support-provided');
    // @ts-expect-error: a message has a body or a sealed copy, nothing else
    client.messages.create('id', { text: 'Called her' });
    client.referrals.list({ box: 'inbox', status: 'sent', overdue: true });
    // @ts-expect-error: box is inbox or outbox
    client.referrals.list({ box: 'trash' });
  });

  test('creates take an idempotency key, other calls a signal only', () => {
    const signal = new AbortController().signal;
    client.messages.create('id', { body: 'x' }, { idempotencyKey: 'k', signal });
    client.referrals.get('id', { signal });
    // @ts-expect-error: a read has no idempotency key
    client.referrals.get('id', { idempotencyKey: 'k' });
  });
});

describe('createTransport', () => {
  const transport = createTransport({ baseUrl: 'https://x.test', auth: { token: 'ct_x' } });

  test("resolves to the endpoint's success body", () => {
    expectTypeOf(transport(getProtocolInfo)).resolves.toEqualTypeOf<ProtocolInfo>();
    expectTypeOf(transport(getService, { params: { id: 'id' } })).resolves.toEqualTypeOf<Service>();
    expectTypeOf(transport(listReferrals, { query: { box: 'outbox', limit: 20 } }))
      .resolves.toHaveProperty('items')
      .toEqualTypeOf<Referral[]>();
    expectTypeOf(transport(deleteWebhook, { params: { id: 'id' } })).resolves.toEqualTypeOf<undefined>();
  });

  test('takes exactly the parts the endpoint has', () => {
    transport(listReferrals);
    // @ts-expect-error: box is inbox or outbox
    transport(listReferrals, { query: { box: 'trash' } });
    // @ts-expect-error: the path needs an id
    transport(getService);
    // @ts-expect-error: a read has no idempotency key
    transport(getService, { params: { id: 'id' }, idempotencyKey: 'k' });
    // @ts-expect-error: a referral needs its body
    transport(createReferral, { idempotencyKey: 'k' });
  });
});

describe('errors', () => {
  test('isReferralApiError narrows', () => {
    const error: unknown = undefined;
    if (isReferralApiError(error)) {
      expectTypeOf(error).toEqualTypeOf<ReferralApiError>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.code).toEqualTypeOf<ProblemCode>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    }
  });

  test('subclasses carry their extra fields', () => {
    expectTypeOf<ReferralInvalidTransitionError['allowedTransitions']>().toEqualTypeOf<readonly ReferralStatus[]>();
    expectTypeOf<ReferralRateLimitError['retryAfter']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ReferralResponseValidationError['path']>().toEqualTypeOf<string>();
    expectTypeOf<ReferralInvalidTransitionError>().toExtend<ReferralApiError>();
  });
});

test('verifyWebhook resolves to a WebhookEvent', () => {
  expectTypeOf(
    verifyWebhook('{}', 't=1,v1=00', 'whsec_x', { toleranceSeconds: 300 }),
  ).resolves.toEqualTypeOf<WebhookEvent>();
});
