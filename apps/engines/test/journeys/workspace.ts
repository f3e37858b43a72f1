// A point of contact works a case a member abroad referred: the inbox lists it, the case opens the
// sealed details in the browser (each engine's WebCrypto, through jose), a message goes back sealed,
// and the referral is accepted. Nothing of the victim reaches the URL.
import { createReferralClient } from '@victim-referral/client';
import { expect, inject } from 'vitest';
import type { Tab } from '../../src/tab.js';
import { expectCleanPage, type Journey, openPage, site } from './journey.js';

const caseView = 'vr-referral-case';

/** A referral from the member abroad to the host, sealed by the client to both organisations' keys. */
async function referFromAbroad(name: string): Promise<{ id: string; reference: string }> {
  const abroad = inject('abroad');
  const client = createReferralClient({
    baseUrl: inject('apiBase'),
    auth: { token: abroad.contactToken },
    sealing: { organisationId: abroad.id, privateKeys: abroad.privateKeys },
  });
  return client.referrals.create({
    receivingOrganisationId: site.host().id,
    status: 'sent',
    priority: 'urgent',
    needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
    caseSummary: 'Robbed on holiday; needs support at home.',
    victim: { name, languages: ['pt'], contact: { kind: 'do-not-contact' } },
    consent: {
      explicit: true,
      recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      method: 'verbal',
      dataShared: ['identity', 'needs', 'case-summary'],
      purposes: ['provide-support'],
      sharedWith: 'receiving-organisation',
      withdrawalExplained: true,
    },
  });
}

async function caseText(tab: Tab, selector: string): Promise<string> {
  return (await tab.texts(`${caseView} >>> ${selector}`)).join(' ');
}

export const workspace: Journey = {
  name: 'a point of contact opens a sealed case from the inbox, writes to the sender and accepts it',
  async run(tab) {
    const name = `Inês ${crypto.randomUUID().slice(0, 8)}`;
    const { id } = await referFromAbroad(name);
    await openPage(tab, '/staff.html');

    await tab.click(`vr-referral-inbox >>> tr[data-referral-id="${id}"] button.open`);
    await tab.waitFor(
      (wanted) => {
        const view = document.querySelector('vr-referral-case');
        return view?.shadowRoot?.querySelector('article')?.textContent?.includes(wanted) ?? false;
      },
      'the case with the victim opened from the sealed copy',
      name,
    );

    await tab.type(`${caseView} >>> #message-body`, 'We will call her tomorrow morning.');
    await tab.click(`${caseView} >>> .composer button[type="submit"]`);
    await tab.waitFor(
      () =>
        document
          .querySelector('vr-referral-case')
          ?.shadowRoot?.querySelector('.messages')
          ?.textContent?.includes('call her tomorrow') ?? false,
      'the message in the discussion',
    );

    await tab.click(`${caseView} >>> [data-action="accepted"]`);
    await tab.waitFor(
      () => document.querySelector('vr-referral-case')?.shadowRoot?.querySelector('#decision-notice') !== null,
      'the decision saved',
    );
    expect(await caseText(tab, '#decision-notice')).toContain('Accepted');
    expect(await tab.url()).toBe(site.url('/staff.html'));
    await expectCleanPage(tab);
  },
};
