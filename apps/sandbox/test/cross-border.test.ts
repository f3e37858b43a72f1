/** The cross-border case file travels with the referral and keeps nothing identifying after erasure. */
import type { CrossBorder } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';

const t = useSandbox();

const caseFile: CrossBorder = {
  crimeCountry: 'PT',
  crimePlace: 'Rua Augusta, Lisbon',
  residenceCountry: 'PL',
  currentCountry: 'PT',
  returnDate: '2026-03-06',
  police: { reported: true, country: 'PT', reference: 'PSP-LX-2026-004411' },
  proceedings: { country: 'PT', stage: 'investigation' },
  interpreterNeeded: true,
  contactLanguage: 'pl',
};

const create = (body: unknown) => t.request('POST', '/v1/referrals', { token: t.org(0).contactToken, body });

describe('the cross-border case file', () => {
  it('reaches the receiver as sent', async () => {
    const created = await create(referralBody({ receivingOrganisationId: t.org(1).id, crossBorder: caseFile }));
    expect(created.status).toBe(201);
    const seen = await t.request('GET', `/v1/referrals/${created.body.id}`, { token: t.org(1).contactToken });
    expect(seen.body.crossBorder).toEqual(caseFile);
  });

  it('can be added to a draft', async () => {
    const draft = await create(referralBody({ receivingOrganisationId: t.org(1).id, status: 'draft' }));
    expect(draft.body.crossBorder).toBeUndefined();
    const changed = await t.request('PATCH', `/v1/referrals/${draft.body.id}`, {
      token: t.org(0).contactToken,
      body: { crossBorder: { crimeCountry: 'ES', interpreterNeeded: false } },
    });
    expect(changed.body.crossBorder).toEqual({ crimeCountry: 'ES', interpreterNeeded: false });
  });

  it('refuses a field out of its vocabulary or limit, by its path', async () => {
    const reply = await create(
      referralBody({
        receivingOrganisationId: t.org(1).id,
        crossBorder: { proceedings: { stage: 'verdict' as 'trial' }, crimePlace: 'x'.repeat(201) },
      }),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/crossBorder/crimePlace',
      '/crossBorder/proceedings/stage',
    ]);
  });

  it('loses the crime place and police reference when consent is withdrawn, and keeps the rest', async () => {
    const created = await create(referralBody({ receivingOrganisationId: t.org(1).id, crossBorder: caseFile }));
    const reply = await t.request('POST', `/v1/referrals/${created.body.id}/transitions`, {
      token: t.org(0).contactToken,
      body: { to: 'withdrawn-consent' },
    });
    const { crimePlace: _place, police: _police, ...kept } = caseFile;
    expect(reply.body.crossBorder).toEqual({ ...kept, police: { reported: true, country: 'PT' } });
  });
});
