import { describe, expect, test } from 'vitest';
import { ReferralNotFoundError, ReferralValidationError } from '../src/index.js';
import {
  alpha,
  alphaContact,
  alphaPublic,
  beta,
  betaContact,
  gamma,
  gammaContact,
  marker,
  referralBody,
} from './support.js';

const crossBorder = { crimeCountry: 'PT', residenceCountry: 'PL', interpreterNeeded: true, contactLanguage: 'pl' };

/** A referral from alpha that beta accepted, whose consent includes referring onward unless told otherwise. */
async function acceptedByBeta(label: string, refersOnward = true) {
  const body = referralBody(marker(label), { crossBorder });
  const purposes = refersOnward ? [...body.consent.purposes, 'refer-onward' as const] : body.consent.purposes;
  const { id } = await alphaContact.referrals.create({ ...body, consent: { ...body.consent, purposes } });
  await betaContact.referrals.accept(id);
  return alphaContact.referrals.get(id);
}

describe('forward', () => {
  test('refers the case onward with the same victim data, needs, case file and consent, linked both ways', async () => {
    const original = await acceptedByBeta('forward');
    const onward = await betaContact.referrals.forward(original.id, { to: gamma.id, priority: 'immediate' });
    expect(onward).toMatchObject({
      basedOn: original.id,
      referringOrganisationId: beta.id,
      receivingOrganisationId: gamma.id,
      priority: 'immediate',
      victim: original.victim,
      needs: original.needs,
      caseSummary: original.caseSummary,
      crossBorder,
      consent: original.consent,
    });
    expect((await gammaContact.referrals.get(onward.id)).basedOn).toBe(original.id);
    const trail = await alphaContact.events.list(original.id, { limit: 100 });
    expect(trail.items.at(-1)).toMatchObject({
      type: 'forwarded',
      forwardedTo: { referralId: onward.id, receivingOrganisationId: gamma.id },
    });
  });

  test('sends a self-referral on to the member abroad with the service the victim chose', async () => {
    const service = (await betaContact.services.search({ organisation: beta.id, limit: 1 })).items[0];
    if (!service) throw new Error('beta has no seeded service');
    const body = referralBody(marker('self'), { serviceId: service.id });
    const { receivingOrganisationId: _receiver, status: _status, ...selfBody } = body;
    const self = await alphaPublic.referrals.create({
      ...selfBody,
      consent: { ...body.consent, method: 'electronic', purposes: ['provide-support', 'refer-onward'] },
    });
    await alphaContact.referrals.accept(self.id);
    const onward = await alphaContact.referrals.forward(self.id, { to: beta.id });
    expect(onward).toMatchObject({ basedOn: self.id, serviceId: service.id, referringOrganisationId: alpha.id });
  });

  test('is refused without onward consent, and answers not found outside the inbox', async () => {
    const withoutConsent = await acceptedByBeta('no consent', false);
    const refused = await betaContact.referrals.forward(withoutConsent.id, { to: gamma.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReferralValidationError);
    expect((refused as ReferralValidationError).fieldErrors.map((f) => f.path)).toEqual(['/basedOn']);

    const notTheirs = await acceptedByBeta('not theirs');
    const missing = await gammaContact.referrals.forward(notTheirs.id, { to: alpha.id }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ReferralNotFoundError);
  });
});

describe('reason codes', () => {
  test('a decline without a code is a ReferralValidationError naming reasonCode', async () => {
    const { id } = await alphaContact.referrals.create(referralBody(marker('uncoded')));
    const error = await betaContact.referrals.transition(id, { to: 'declined' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralValidationError);
    expect((error as ReferralValidationError).fieldErrors.map((f) => f.path)).toEqual(['/reasonCode']);
  });

  test('the code reaches the referral and its audit trail', async () => {
    const { id } = await alphaContact.referrals.create(referralBody(marker('coded')));
    const declined = await betaContact.referrals.decline(id, { reasonCode: 'outside-remit' });
    expect(declined.statusReasonCode).toBe('outside-remit');
    const trail = await alphaContact.events.list(id);
    expect(trail.items.at(-1)).toMatchObject({ to: 'declined', reasonCode: 'outside-remit' });
  });
});
