/**
 * What every check group works with: the server's address, the parties and their clients (all
 * recording into one `Recorder`), the wire for raw requests, and the list of referrals to clean
 * up at the end.
 */
import { createReferralClient, type ReferralClient, type ReferralClientOptions } from '@victim-referral/client';
import type { EncryptionKey } from '@victim-referral/schemas';
import { type KitCredentials, type Parties, partiesOf } from './credentials.js';
import { type ReferralBody, referralBody, sealed } from './fixtures.js';
import { Recorder, requestTimeoutMs, type Wire, wireOf } from './http.js';
import type { WebhookReceiverOptions } from './webhook-receiver.js';

export interface SessionOptions {
  baseUrl: string;
  credentials: KitCredentials;
  webhookReceiver?: WebhookReceiverOptions | undefined;
}

export interface Session {
  baseUrl: string;
  parties: Parties;
  adminToken: string | undefined;
  webhookReceiver: WebhookReceiverOptions | undefined;
  recorder: Recorder;
  wire: Wire;
  /** The host's point of contact (contact token), sealing to its own keys and opening with them. */
  host: ReferralClient;
  /** The partner's point of contact. */
  partner: ReferralClient;
  /** The host's public pages (publishable key): self-referrals. */
  hostPublic: ReferralClient;
  /** The keys an organisation publishes in the directory. */
  keysOf(organisationId: string): Promise<EncryptionKey[]>;
  /** The keys the host seals to for the partner: the partner's and its own (none when the partner publishes none). */
  hostToPartnerKeys(): Promise<EncryptionKey[]>;
  /** A complete referral from the host to the partner, sealed to both as the protocol asks (for raw requests). */
  sealedReferralBody(overrides?: Partial<ReferralBody>): Promise<ReferralBody>;
  /** Marks a referral the kit made, to withdraw consent on it at the end. */
  track(referralId: string): void;
  /** Withdraws consent on every tracked referral (the referrer may, from any status); counts what it could not. */
  cleanUp(): Promise<{ withdrawn: number; failed: number }>;
}

export function createSession(options: SessionOptions): Session {
  const { baseUrl, credentials } = options;
  const parties = partiesOf(credentials);
  const recorder = new Recorder();
  // No retries: a check judges the server's first answer, and a retry would hide a fault.
  const base: Omit<ReferralClientOptions, 'auth'> = {
    baseUrl,
    fetch: recorder.fetch,
    retry: false,
    timeoutMs: requestTimeoutMs,
  };
  const host = createReferralClient({
    ...base,
    auth: { token: parties.host.contactToken },
    sealing: { organisationId: parties.host.id, privateKeys: parties.host.privateKeys },
  });
  const partner = createReferralClient({
    ...base,
    auth: { token: parties.partner.contactToken },
    sealing: { organisationId: parties.partner.id, privateKeys: parties.partner.privateKeys },
  });
  const hostPublic = createReferralClient({
    ...base,
    auth: { publishableKey: parties.host.publishableKey },
    sealing: { organisationId: parties.host.id },
  });
  const tracked = new Set<string>();
  const keysOf = async (organisationId: string) => [
    ...((await host.organisations.get(organisationId)).encryptionKeys ?? []),
  ];
  const hostToPartnerKeys = async () => {
    const partnerKeys = await keysOf(parties.partner.id);
    return partnerKeys.length === 0 ? [] : [...partnerKeys, ...(await keysOf(parties.host.id))];
  };
  return {
    baseUrl,
    parties,
    adminToken: credentials.adminToken,
    webhookReceiver: options.webhookReceiver,
    recorder,
    wire: wireOf(baseUrl, recorder),
    host,
    partner,
    hostPublic,
    keysOf,
    hostToPartnerKeys,
    sealedReferralBody: async (overrides) =>
      sealed('referral', referralBody(parties.partner.id, overrides), await hostToPartnerKeys()),
    track: (referralId) => tracked.add(referralId),
    cleanUp: async () => {
      let withdrawn = 0;
      let failed = 0;
      for (const id of tracked) {
        const referral = await host.referrals.get(id).catch(() => undefined);
        if (referral?.status === 'withdrawn-consent') continue;
        const done = await host.referrals.withdrawConsent(id).then(
          () => true,
          () => false,
        );
        if (done) withdrawn++;
        else failed++;
      }
      recorder.take();
      return { withdrawn, failed };
    },
  };
}
