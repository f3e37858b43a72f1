// A victim asks the member to contact them, on the member's own site: the referral arrives in the
// member's inbox exactly once, as sent, and nothing of it reaches the URL.
import { expect } from 'vitest';
import { choose, continueTo, fill, referenceShown, submit, tick } from './form-steps.js';
import { expectCleanPage, inboxReferralsWithSummary, type Journey, openPage, site } from './journey.js';

export const selfReferral: Journey = {
  name: 'a victim refers themselves and exactly one referral arrives',
  async run(tab) {
    const summary = `Robbed near the station, lost passport and phone (${crypto.randomUUID().slice(0, 8)})`;
    await openPage(tab, '/contact-us.html');

    await tab.waitForElement('vr-referral-form >>> #f-assistance');
    await choose(tab, 'f-assistance', 'emotional-support');
    await choose(tab, 'f-victimTypes', 'robbery-theft');
    await fill(tab, 'f-caseSummary', summary);
    await continueTo(tab, '#f-name');

    await fill(tab, 'f-name', 'Marta');
    await choose(tab, 'f-languages', 'pl');
    await choose(tab, 'f-contactKind', 'safe-contact');
    await choose(tab, 'f-channels', 'email');
    await fill(tab, 'f-email', 'marta@example.org');
    await continueTo(tab, '#f-purposes');

    await choose(tab, 'f-purposes', 'provide-support');
    await choose(tab, 'f-purposes', 'contact-victim');
    await tick(tab, 'f-withdrawalExplained');
    await tick(tab, 'f-explicit');
    await continueTo(tab, '[part~="submit-button"]');
    await submit(tab);
    const reference = await referenceShown(tab);
    expect(reference).toMatch(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    const referrals = await inboxReferralsWithSummary(summary);
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({
      reference,
      kind: 'self',
      status: 'sent',
      receivingOrganisationId: site.host().id,
      needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
      victim: { name: 'Marta', languages: ['pl'], contact: { kind: 'safe-contact' } },
      consent: { explicit: true, purposes: ['provide-support', 'contact-victim'], withdrawalExplained: true },
    });
    expect(await tab.url()).toBe(site.url('/contact-us.html'));
    await expectCleanPage(tab);
  },
};
