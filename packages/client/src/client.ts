/**
 * `createReferralClient`: one method per endpoint of the contract, grouped by resource. Each
 * method is a thin binding of a contract entry on the transport; its types come from that entry.
 */
import { clearSealedPaths, contract, type Message, type Page, type Referral } from '@victim-referral/schemas';
import { type ForwardRequest, forwardBody } from './forward.js';
import type { BodyOf, ItemOf, ListOperationId, QueryOf, ResultOf } from './operations.js';
import { paginate } from './pagination.js';
import type { CancelRequest, DeclineRequest, HoldRequest } from './reasons.js';
import {
  directoryKeys,
  type OpenedMessage,
  type OpenedReferral,
  openRecord,
  type SealingOptions,
  sealingRecipients,
  sealRecord,
} from './sealed-records.js';
import type { SealingPrivateKey } from './sealing/keys.js';
import {
  createTransport,
  type IdempotentRequestOptions,
  type ReferralClientOptions,
  type RequestOptions,
} from './transport.js';

/** Items of every page of a list, fetched lazily: use with `for await`. */
export type Paginated<Op extends ListOperationId> = AsyncGenerator<ItemOf<Op>, void, undefined>;

type Outcome = NonNullable<BodyOf<'transitionReferral'>['outcome']>;

export interface ProtocolApi {
  /** `GET /v1`: the protocol version and links to its machine-readable descriptions. */
  info(options?: RequestOptions): Promise<ResultOf<'getProtocolInfo'>>;
  /** `GET /v1/taxonomy`: every controlled vocabulary with labels per locale. */
  taxonomy(options?: RequestOptions): Promise<ResultOf<'getTaxonomy'>>;
}

export interface OrganisationsApi {
  /** One page of the network's member organisations. */
  list(query?: QueryOf<'listOrganisations'>, options?: RequestOptions): Promise<ResultOf<'listOrganisations'>>;
  /** Every member organisation, following cursors. */
  listAll(query?: QueryOf<'listOrganisations'>, options?: RequestOptions): Paginated<'listOrganisations'>;
  get(id: string, options?: RequestOptions): Promise<ResultOf<'getOrganisation'>>;
  /** Publishes a public encryption key of the caller's own organisation (contact token); answers the organisation. */
  publishKey(
    id: string,
    key: BodyOf<'publishEncryptionKey'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'publishEncryptionKey'>>;
  /** Retires a key of the caller's own organisation: nothing new is sealed to it. */
  retireKey(id: string, kid: string, options?: RequestOptions): Promise<void>;
}

export interface ServicesApi {
  /** One page of the service directory matching every filter given. */
  search(query?: QueryOf<'listServices'>, options?: RequestOptions): Promise<ResultOf<'listServices'>>;
  /** Every matching service, following cursors. */
  searchAll(query?: QueryOf<'listServices'>, options?: RequestOptions): Paginated<'listServices'>;
  get(id: string, options?: RequestOptions): Promise<ResultOf<'getService'>>;
  /** Adds a service of the caller's own organisation (contact token). Safe to retry. */
  create(body: BodyOf<'createService'>, options?: IdempotentRequestOptions): Promise<ResultOf<'createService'>>;
  /** Changes one of the caller organisation's services: capacity, the pause switch, `verifiedAt`… */
  update(id: string, body: BodyOf<'updateService'>, options?: RequestOptions): Promise<ResultOf<'updateService'>>;
  /** Withdraws one of the caller organisation's services from the directory. */
  withdraw(id: string, options?: RequestOptions): Promise<void>;
}

/** The victim's own follow-up of a self-referral, with the reference and secret its create answer gave once. */
export interface FollowUpApi {
  /** The victim-safe view: status, when it changed, whom to contact, the next step. */
  status(credentials: BodyOf<'getFollowUp'>, options?: RequestOptions): Promise<ResultOf<'getFollowUp'>>;
  /** Withdraws the victim's consent: the referral's personal data is erased. */
  withdrawConsent(
    credentials: BodyOf<'withdrawFollowUpConsent'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'withdrawFollowUpConsent'>>;
}

export interface ReferralsApi {
  /**
   * Creates a referral (draft or sent); with a publishable key, a self-referral. Safe to retry.
   * Personal fields given in clear are sealed first when the receiver publishes keys: to its keys
   * and, with the `sealing` option, to the caller's own.
   */
  create(body: BodyOf<'createReferral'>, options?: IdempotentRequestOptions): Promise<ResultOf<'createReferral'>>;
  /**
   * The referral with its sealed copy opened (`keys`: default the `sealing` option's private keys).
   * Throws `SealedDataError` when none of the keys opens it.
   */
  open(referral: Referral, keys?: readonly SealingPrivateKey[]): Promise<OpenedReferral>;
  /** One page of the caller organisation's referrals: `box: 'inbox'` received, `'outbox'` sent. */
  list(query?: QueryOf<'listReferrals'>, options?: RequestOptions): Promise<ResultOf<'listReferrals'>>;
  listAll(query?: QueryOf<'listReferrals'>, options?: RequestOptions): Paginated<'listReferrals'>;
  get(id: string, options?: RequestOptions): Promise<ResultOf<'getReferral'>>;
  /** Changes a draft. */
  update(id: string, body: BodyOf<'updateReferral'>, options?: RequestOptions): Promise<ResultOf<'updateReferral'>>;
  /** Moves the referral to another status; throws `ReferralInvalidTransitionError` when not allowed. */
  transition(
    id: string,
    request: BodyOf<'transitionReferral'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'transitionReferral'>>;
  /** Referrer: sends a draft. */
  send(id: string, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: acknowledges a sent referral. */
  markReceived(id: string, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: takes the case. */
  accept(id: string, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: turns the case down, with a reason code (and free text, required for `other`). */
  decline(id: string, reason: DeclineRequest, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: starts (or resumes) work on an accepted or paused case. */
  start(id: string, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: pauses work, with a reason code (and free text, required for `other`). */
  putOnHold(id: string, reason: HoldRequest, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: closes the case as done, with its outcome. */
  complete(id: string, outcome: Outcome, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Receiver: closes the case as failed, with its outcome. */
  fail(id: string, outcome: Outcome, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Either party: cancels the referral, with a reason code (and free text, required for `other`). */
  cancel(id: string, reason: CancelRequest, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /** Referrer: records that the victim withdrew consent (no reason is asked); the personal data is erased. */
  withdrawConsent(id: string, options?: RequestOptions): Promise<ResultOf<'transitionReferral'>>;
  /**
   * Receiver: refers a case it accepted or works on onward to the organisation `to`, with the
   * original's victim data, needs, case file and consent (which must include `refer-onward`).
   * A sealed original is opened with the `sealing` option's private keys and sealed again for `to`.
   * Safe to retry with an `idempotencyKey`.
   */
  forward(id: string, request: ForwardRequest, options?: IdempotentRequestOptions): Promise<ResultOf<'createReferral'>>;
}

export interface MessagesApi {
  /** One page of a referral's case discussion, oldest first. */
  list(
    referralId: string,
    query?: QueryOf<'listMessages'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'listMessages'>>;
  listAll(referralId: string, query?: QueryOf<'listMessages'>, options?: RequestOptions): Paginated<'listMessages'>;
  /**
   * Posts a message in the case discussion. Safe to retry. With the `sealing` option, a clear body
   * is sealed to both organisations when the other one publishes keys.
   */
  create(
    referralId: string,
    body: BodyOf<'createMessage'>,
    options?: IdempotentRequestOptions,
  ): Promise<ResultOf<'createMessage'>>;
  /** The message with its sealed body opened (`keys`: default the `sealing` option's private keys). */
  open(message: Message, keys?: readonly SealingPrivateKey[]): Promise<OpenedMessage>;
}

export interface EventsApi {
  /** One page of a referral's audit trail, oldest first. */
  list(referralId: string, query?: QueryOf<'listEvents'>, options?: RequestOptions): Promise<ResultOf<'listEvents'>>;
  listAll(referralId: string, query?: QueryOf<'listEvents'>, options?: RequestOptions): Paginated<'listEvents'>;
}

export interface WebhooksApi {
  /** Subscribes the caller organisation's backend; the answer is the only time the signing secret is shown. */
  create(body: BodyOf<'createWebhook'>, options?: IdempotentRequestOptions): Promise<ResultOf<'createWebhook'>>;
  list(query?: QueryOf<'listWebhooks'>, options?: RequestOptions): Promise<ResultOf<'listWebhooks'>>;
  listAll(query?: QueryOf<'listWebhooks'>, options?: RequestOptions): Paginated<'listWebhooks'>;
  delete(id: string, options?: RequestOptions): Promise<void>;
}

/** Sandbox administration: needs the sandbox's admin token. */
export interface AdminApi {
  /** The answer is the only time the new organisation's credentials are shown. */
  createOrganisation(
    body: BodyOf<'createOrganisation'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'createOrganisation'>>;
  createService(body: BodyOf<'createService'>, options?: IdempotentRequestOptions): Promise<ResultOf<'createService'>>;
  updateService(
    id: string,
    body: BodyOf<'updateService'>,
    options?: RequestOptions,
  ): Promise<ResultOf<'updateService'>>;
  /** Arms fault injection for the next matching requests (sandbox started with faults on). */
  armFaults(rule: BodyOf<'armFaults'>, options?: RequestOptions): Promise<ResultOf<'armFaults'>>;
  /** The sandbox's clock (sandbox started with faults on). */
  clock(options?: RequestOptions): Promise<ResultOf<'getSandboxClock'>>;
  /** Moves the sandbox's clock forward, firing the deadlines it passes (sandbox started with faults on). */
  advanceClock(seconds: number, options?: RequestOptions): Promise<ResultOf<'advanceSandboxClock'>>;
}

export interface ReferralClient {
  protocol: ProtocolApi;
  organisations: OrganisationsApi;
  services: ServicesApi;
  referrals: ReferralsApi;
  messages: MessagesApi;
  events: EventsApi;
  webhooks: WebhooksApi;
  followUp: FollowUpApi;
  admin: AdminApi;
}

/** A page getter and an every-item iterator over the same list endpoint. */
function pages<Query extends { cursor?: string | undefined }, Item>(
  fetchPage: (query: Query | undefined, options: RequestOptions | undefined) => Promise<Page<Item>>,
) {
  return {
    page: fetchPage,
    all: (query: Query | undefined, options: RequestOptions | undefined) =>
      paginate((cursor) => fetchPage({ ...query, cursor } as Query, options), query?.cursor),
  };
}

/** The client's options: the transport's, and who the caller is for sealing. */
export interface CreateReferralClientOptions extends ReferralClientOptions {
  /** The caller's organisation and private keys: sealing to its own keys, opening, forwarding sealed cases. */
  sealing?: SealingOptions;
}

export function createReferralClient(options: CreateReferralClientOptions): ReferralClient {
  const transport = createTransport(options);
  const { sealing } = options;
  const signalOf = (options?: RequestOptions) => ({ signal: options?.signal });
  const createOptions = (options?: IdempotentRequestOptions) => ({
    signal: options?.signal,
    idempotencyKey: options?.idempotencyKey,
  });
  const transition = (id: string, request: BodyOf<'transitionReferral'>, options?: RequestOptions) =>
    transport(contract.transitionReferral, { params: { id }, body: request, ...signalOf(options) });

  const organisations = pages((query, options) =>
    transport(contract.listOrganisations, { query, ...signalOf(options) }),
  );
  const services = pages((query, options) => transport(contract.listServices, { query, ...signalOf(options) }));
  const referrals = pages((query, options) => transport(contract.listReferrals, { query, ...signalOf(options) }));
  const webhooks = pages((query, options) => transport(contract.listWebhooks, { query, ...signalOf(options) }));
  const messagesOf = (id: string) =>
    pages((query, options) => transport(contract.listMessages, { params: { id }, query, ...signalOf(options) }));
  const eventsOf = (id: string) =>
    pages((query, options) => transport(contract.listEvents, { params: { id }, query, ...signalOf(options) }));

  const keysOf = directoryKeys(
    async (id) => (await transport(contract.getOrganisation, { params: { id } })).encryptionKeys ?? [],
    sealing?.keysMaxAgeMs,
  );
  /** Every key to seal to for `receiverId`, the caller's own included; none when the receiver publishes none. */
  const recipientsFor = (receiverId: string) => sealingRecipients(keysOf, receiverId, sealing?.organisationId);
  const privateKeysOr = (keys: readonly SealingPrivateKey[] | undefined) => {
    const chosen = keys ?? sealing?.privateKeys;
    if (!chosen) throw new TypeError('Opening sealed data needs private keys: pass them, or the sealing option');
    return chosen;
  };
  const sealedReferral = async (body: BodyOf<'createReferral'>): Promise<BodyOf<'createReferral'>> => {
    const receiverId =
      body.receivingOrganisationId ?? ('publishableKey' in options.auth ? sealing?.organisationId : undefined);
    if (body.sealed !== undefined || receiverId === undefined || clearSealedPaths('referral', body).length === 0)
      return body;
    const recipients = await recipientsFor(receiverId);
    return recipients.length === 0 ? body : sealRecord('referral', body, recipients);
  };
  const createReferral = async (body: BodyOf<'createReferral'>, options?: IdempotentRequestOptions) =>
    transport(contract.createReferral, { body: await sealedReferral(body), ...createOptions(options) });
  const sealedMessage = async (referralId: string, body: BodyOf<'createMessage'>, options?: RequestOptions) => {
    if (!sealing || body.sealed !== undefined || body.body === undefined) return body;
    const referral = await transport(contract.getReferral, { params: { id: referralId }, ...signalOf(options) });
    const other =
      referral.referringOrganisationId === sealing.organisationId
        ? referral.receivingOrganisationId
        : referral.referringOrganisationId;
    const recipients = await recipientsFor(other);
    return recipients.length === 0 ? body : sealRecord('message', body, recipients);
  };

  return {
    protocol: {
      info: (options) => transport(contract.getProtocolInfo, signalOf(options)),
      taxonomy: (options) => transport(contract.getTaxonomy, signalOf(options)),
    },
    organisations: {
      list: organisations.page,
      listAll: organisations.all,
      get: (id, options) => transport(contract.getOrganisation, { params: { id }, ...signalOf(options) }),
      publishKey: (id, key, options) =>
        transport(contract.publishEncryptionKey, { params: { id }, body: key, ...signalOf(options) }),
      retireKey: (id, kid, options) =>
        transport(contract.retireEncryptionKey, { params: { id, kid }, ...signalOf(options) }),
    },
    services: {
      search: services.page,
      searchAll: services.all,
      get: (id, options) => transport(contract.getService, { params: { id }, ...signalOf(options) }),
      create: (body, options) => transport(contract.createService, { body, ...createOptions(options) }),
      update: (id, body, options) => transport(contract.updateService, { params: { id }, body, ...signalOf(options) }),
      withdraw: (id, options) => transport(contract.withdrawService, { params: { id }, ...signalOf(options) }),
    },
    referrals: {
      create: createReferral,
      open: async (referral, keys) => (await openRecord(referral, privateKeysOr(keys))) as OpenedReferral,
      list: referrals.page,
      listAll: referrals.all,
      get: (id, options) => transport(contract.getReferral, { params: { id }, ...signalOf(options) }),
      update: (id, body, options) => transport(contract.updateReferral, { params: { id }, body, ...signalOf(options) }),
      transition,
      send: (id, options) => transition(id, { to: 'sent' }, options),
      markReceived: (id, options) => transition(id, { to: 'received' }, options),
      accept: (id, options) => transition(id, { to: 'accepted' }, options),
      decline: (id, reason, options) => transition(id, { to: 'declined', ...reason }, options),
      start: (id, options) => transition(id, { to: 'in-progress' }, options),
      putOnHold: (id, reason, options) => transition(id, { to: 'on-hold', ...reason }, options),
      complete: (id, outcome, options) => transition(id, { to: 'completed', outcome }, options),
      fail: (id, outcome, options) => transition(id, { to: 'failed', outcome }, options),
      cancel: (id, reason, options) => transition(id, { to: 'cancelled', ...reason }, options),
      withdrawConsent: (id, options) => transition(id, { to: 'withdrawn-consent' }, options),
      forward: async (id, request, options) => {
        const fetched = await transport(contract.getReferral, { params: { id }, ...signalOf(options) });
        const original = fetched.sealed === undefined ? fetched : await openRecord(fetched, privateKeysOr(undefined));
        const chosen =
          original.kind === 'self' && original.serviceId !== undefined && request.serviceId === undefined
            ? await transport(contract.getService, { params: { id: original.serviceId }, ...signalOf(options) })
            : undefined;
        return createReferral(forwardBody(original as OpenedReferral, request, chosen), options);
      },
    },
    messages: {
      list: (referralId, query, options) => messagesOf(referralId).page(query, options),
      listAll: (referralId, query, options) => messagesOf(referralId).all(query, options),
      create: async (referralId, body, options) =>
        transport(contract.createMessage, {
          params: { id: referralId },
          body: await sealedMessage(referralId, body, options),
          ...createOptions(options),
        }),
      open: async (message, keys) => (await openRecord(message, privateKeysOr(keys))) as OpenedMessage,
    },
    events: {
      list: (referralId, query, options) => eventsOf(referralId).page(query, options),
      listAll: (referralId, query, options) => eventsOf(referralId).all(query, options),
    },
    webhooks: {
      create: (body, options) => transport(contract.createWebhook, { body, ...createOptions(options) }),
      list: webhooks.page,
      listAll: webhooks.all,
      delete: (id, options) => transport(contract.deleteWebhook, { params: { id }, ...signalOf(options) }),
    },
    followUp: {
      status: (credentials, options) => transport(contract.getFollowUp, { body: credentials, ...signalOf(options) }),
      withdrawConsent: (credentials, options) =>
        transport(contract.withdrawFollowUpConsent, { body: credentials, ...signalOf(options) }),
    },
    admin: {
      createOrganisation: (body, options) => transport(contract.createOrganisation, { body, ...signalOf(options) }),
      createService: (body, options) => transport(contract.createService, { body, ...createOptions(options) }),
      updateService: (id, body, options) =>
        transport(contract.updateService, { params: { id }, body, ...signalOf(options) }),
      armFaults: (rule, options) => transport(contract.armFaults, { body: rule, ...signalOf(options) }),
      clock: (options) => transport(contract.getSandboxClock, signalOf(options)),
      advanceClock: (seconds, options) =>
        transport(contract.advanceSandboxClock, { body: { advanceSeconds: seconds }, ...signalOf(options) }),
    },
  };
}
