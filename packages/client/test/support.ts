/** Clients on the sandbox the global setup started, and request bodies for the tests. */
import { inject } from 'vitest';
import { type BodyOf, createReferralClient, type ReferralClientOptions } from '../src/index.js';

export const sandbox = inject('sandbox');

const [first, second, third] = sandbox.credentials.organisations;
if (!first || !second || !third) throw new Error('The sandbox seed needs at least three organisations');
/** Three seeded member organisations: `alpha` refers to `beta`; `gamma` is a stranger to their cases. */
export const alpha = first;
export const beta = second;
export const gamma = third;

/** Short waits, so retry tests stay quick. */
const fastRetry = { baseDelayMs: 20, maxDelayMs: 3_000 };

export function clientWith(auth: ReferralClientOptions['auth'], options: Partial<ReferralClientOptions> = {}) {
  return createReferralClient({ baseUrl: sandbox.url, auth, retry: fastRetry, ...options });
}

export const admin = clientWith({ token: sandbox.credentials.adminToken });
export const alphaContact = clientWith({ token: alpha.contactToken });
export const betaContact = clientWith({ token: beta.contactToken });
export const gammaContact = clientWith({ token: gamma.contactToken });
export const alphaPublic = clientWith({ publishableKey: alpha.publishableKey });

/** A unique marker to find the records one test made among everyone's. */
export function marker(label: string): string {
  return `${label} ${crypto.randomUUID()}`;
}

/** A complete referral from `alpha` to `beta` (or a self-referral with a publishable key). */
export function referralBody(caseSummary: string, overrides: Partial<BodyOf<'createReferral'>> = {}) {
  return {
    receivingOrganisationId: beta.id,
    status: 'sent',
    priority: 'routine',
    needs: { assistance: ['emotional-support'], victimTypes: ['domestic-violence'] },
    caseSummary,
    victim: {
      name: 'Ana',
      languages: ['pt'],
      contact: {
        kind: 'safe-contact',
        channels: [{ method: 'phone', phone: '+351213587900' }],
        mayLeaveMessage: false,
      },
    },
    consent: {
      explicit: true,
      recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      method: 'verbal',
      dataShared: ['contact-details', 'identity', 'needs', 'case-summary'],
      purposes: ['provide-support', 'contact-victim'],
      sharedWith: 'receiving-organisation',
      withdrawalExplained: true,
    },
    ...overrides,
  } satisfies BodyOf<'createReferral'>;
}

/** Every referral in `alpha`'s outbox whose case summary is `caseSummary`. */
export async function outboxWith(caseSummary: string) {
  const found = [];
  for await (const referral of alphaContact.referrals.listAll({ box: 'outbox', limit: 100 })) {
    if (referral.caseSummary === caseSummary) found.push(referral);
  }
  return found;
}
