/** The client methods of protocol 1.1, against the running sandbox. */
import { describe, expect, test } from 'vitest';
import { ReferralNotFoundError, ReferralRateLimitError } from '../src/index.js';
import { alpha, alphaContact, alphaPublic, betaContact, marker, referralBody } from './support.js';

describe("members' own directory data", () => {
  test('a contact token creates, changes and withdraws its own services; mirrors see the tombstone', async () => {
    const since = new Date().toISOString();
    const service = await alphaContact.services.create({
      organisationId: alpha.id,
      name: marker('Casa abrigo'),
      assistance: ['shelter'],
      victimTypes: ['domestic-violence'],
      deliveryModes: ['in-person'],
      accessRoutes: ['helpline'],
      languages: ['pt'],
      serviceArea: { countries: ['PT'] },
      locations: [
        {
          id: crypto.randomUUID(),
          address: { street: 'Rua Escondida 1', city: 'Lisboa', country: 'PT' },
          coordinates: { latitude: 38.73, longitude: -9.15 },
        },
      ],
      openingHours: { timeZone: 'Europe/Lisbon', alwaysOpen: true, periods: [] },
      freeOfCharge: true,
      confidential: true,
      accessibility: [],
      contact: { phone: '+351213587900' },
      capacity: { status: 'accepting', available: 2, maximum: 6, updatedAt: '2026-03-01T09:00:00Z' },
      confidentialLocation: true,
    });
    expect(service.locations[0]?.coordinates).toBeUndefined();
    expect(service.locations[0]?.address.street).toBeUndefined();

    const paused = await alphaContact.services.update(service.id, { acceptingReferrals: false });
    expect(paused.acceptingReferrals).toBe(false);
    await expect(betaContact.services.update(service.id, { acceptingReferrals: true })).rejects.toBeInstanceOf(
      ReferralNotFoundError,
    );

    await alphaContact.services.withdraw(service.id);
    await expect(alphaPublic.services.get(service.id)).rejects.toBeInstanceOf(ReferralNotFoundError);
    const changed = [];
    for await (const item of alphaPublic.services.searchAll({ updatedSince: since, organisation: alpha.id })) {
      changed.push(item);
    }
    expect(changed.find((item) => item.id === service.id)?.withdrawnAt).toBeDefined();
  });

  test('search takes the filters of 1.1', async () => {
    const page = await alphaPublic.services.search({
      age: 30,
      acceptingReferrals: true,
      interpretation: true,
      accessibility: 'step-free-access',
    });
    for (const service of page.items) {
      expect(service.assistance).toContain('interpretation');
      expect(service.accessibility).toContain('step-free-access');
    }
  });
});

describe("the victim's follow-up", () => {
  test('reads the status and withdraws consent with the reference and secret', async () => {
    const { receivingOrganisationId: _receiver, status: _status, ...body } = referralBody(marker('Follow-up'));
    const created = await alphaPublic.referrals.create(body);
    const credentials = created.followUp;
    if (!credentials) throw new Error('A self-referral answers with its follow-up');

    const view = await alphaPublic.followUp.status(credentials);
    expect(view).toMatchObject({ reference: created.reference, status: 'sent', nextStep: 'wait-for-contact' });
    expect(view.receivingOrganisation.name).toBe(alpha.name);

    const withdrawn = await alphaPublic.followUp.withdrawConsent(credentials);
    expect(withdrawn.status).toBe('withdrawn-consent');
    expect((await alphaContact.referrals.get(created.id)).victim).toBeNull();
  });

  test('a wrong secret is not found, and ten of them lock the reference', async () => {
    const { receivingOrganisationId: _receiver, status: _status, ...body } = referralBody(marker('Lock'));
    const created = await alphaPublic.referrals.create(body);
    const wrong = { reference: created.reference, secret: 'x'.repeat(32) };
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(alphaPublic.followUp.status(wrong)).rejects.toBeInstanceOf(ReferralNotFoundError);
    }
    const locked = await alphaPublic.followUp.status(wrong).catch((error: unknown) => error);
    expect(locked).toBeInstanceOf(ReferralRateLimitError);
    expect((locked as ReferralRateLimitError).retryAfter).toBeGreaterThan(0);
  });
});
