import type { BodyOf } from '@victim-referral/client';
import { contactOf, host, other } from './helpers.js';

/** The two seeded members' points of contact: `host` receives, `other` refers (and the other way round). */
export const hostContact = contactOf(host);
export const otherContact = contactOf(other);

/** A referral from `other` to `host`, sent, with the victim's details in clear unless overridden. */
export function referralBody(overrides: Partial<BodyOf<'createReferral'>> = {}) {
  return {
    receivingOrganisationId: host.id,
    status: 'sent',
    priority: 'routine',
    needs: { assistance: ['emotional-support'], victimTypes: ['domestic-violence'] },
    caseSummary: 'Left a violent partner abroad; needs safety planning at home.',
    crossBorder: { crimeCountry: 'ES', residenceCountry: 'PT', interpreterNeeded: false },
    victim: {
      name: 'Ana Teste',
      languages: ['pt'],
      contact: { kind: 'do-not-contact', notes: 'Only through the referring organisation.' },
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

/** Creates a referral from `other` to `host` and answers its id. */
export async function referToHost(overrides: Partial<BodyOf<'createReferral'>> = {}): Promise<string> {
  const { id } = await otherContact.referrals.create(referralBody(overrides));
  return id;
}
