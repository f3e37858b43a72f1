import { getOrganisation, getProtocolInfo, listReferrals, listServices } from '@victim-referral/schemas';
import { describe, expect, test } from 'vitest';
import { createTransport, ReferralNotFoundError } from '../src/index.js';
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
