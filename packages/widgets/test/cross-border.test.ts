import type { CrossBorder, Referral, Service } from '@victim-referral/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/form/referral-form.js';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import { check, continueTo, fillNeeds, fillPerson, fillSelfConsent, stepTitle, submit, type } from './form-steps.js';
import {
  clientWith,
  contactOf,
  deepActiveElement,
  expectNoAxeViolations,
  find,
  findAll,
  host,
  mount,
  other,
  sandbox,
  textOf,
} from './helpers.js';

const summary = () => `Robbed on a city break, case ${crypto.randomUUID()}`;

async function select(form: VrReferralForm, id: string, value: string): Promise<void> {
  await userEvent.selectOptions(await find<HTMLSelectElement>(form, `#${id}`), value);
}

/** "Check your answers" as label → answer. */
function reviewRows(form: VrReferralForm): Record<string, string> {
  return Object.fromEntries(
    findAll(form, '[part="review"] .row').map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]),
  );
}

async function serviceOf(organisationId: string): Promise<Service> {
  const page = await clientWith({ publishableKey: host.publishableKey }).services.search({
    organisation: organisationId,
    limit: 1,
  });
  if (!page.items[0]) throw new Error('the seed has no service for this organisation');
  return page.items[0];
}

/** The referral of `organisation`'s inbox with this case summary, opened with its keys (it arrives sealed). */
async function inboxReferral(organisation: typeof host, caseSummary: string): Promise<Referral | undefined> {
  const client = contactOf(organisation);
  for await (const referral of client.referrals.listAll({ box: 'inbox' })) {
    const opened = await client.referrals.open(referral);
    if (opened.caseSummary === caseSummary) return opened;
  }
  return undefined;
}

/** A professional form for a service of `other`, filled up to the cross-border step. */
async function professionalAtCrossBorder(caseSummary: string): Promise<VrReferralForm> {
  const form = mount<VrReferralForm>(
    `<vr-referral-form mode="professional" api-base="${sandbox.apiBase}" organisation-id="${host.id}"></vr-referral-form>`,
  );
  form.token = host.contactToken;
  form.service = await serviceOf(other.id);
  expect(await stepTitle(form)).toBe('Step 1 of 7 Support needed');
  await fillNeeds(form, caseSummary);
  await continueTo(form, 'About the person');
  await type(form, 'f-name', 'Client 7');
  await check(form, 'f-languages', 'English');
  await check(form, 'f-contactKind', 'No, every contact goes through us');
  await continueTo(form, 'Cross-border situation');
  return form;
}

/** From the step after the cross-border one to "Check your answers". */
async function finishProfessional(form: VrReferralForm): Promise<void> {
  await check(form, 'f-riskLevel', 'Medium');
  await continueTo(form, 'Consent');
  await check(form, 'f-purposes', 'To provide support');
  await userEvent.click(await find(form, 'label[for="f-withdrawalExplained"]'));
  await check(form, 'f-method', 'Written');
  await userEvent.click(await find(form, 'label[for="f-explicit"]'));
  await continueTo(form, 'Priority and response time');
  await check(form, 'f-priority', 'Routine');
  await continueTo(form, 'Check your answers');
}

describe('<vr-referral-form> cross-border case file', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks a professional for the whole case file, reviews it and stores exactly what was entered', async () => {
    const caseSummary = summary();
    const form = await professionalAtCrossBorder(caseSummary);
    expect(await stepTitle(form)).toBe('Step 3 of 7 Cross-border situation');
    await expectNoAxeViolations(form);

    await select(form, 'f-crimeCountry', 'ES');
    await type(form, 'f-crimePlace', 'Valencia, near the harbour');
    await select(form, 'f-residenceCountry', 'PT');
    await select(form, 'f-currentCountry', 'ES');
    await type(form, 'f-returnDate', '2027-01-15');
    expect(findAll(form, '#f-policeCountry')).toEqual([]);
    await check(form, 'f-policeReported', 'Yes');
    await select(form, 'f-policeCountry', 'ES');
    await type(form, 'f-policeReference', 'VLC-2026-0042');
    await select(form, 'f-proceedingsStage', 'investigation');
    await select(form, 'f-proceedingsCountry', 'ES');
    await check(form, 'f-interpreterNeeded', 'Yes');
    await select(form, 'f-contactLanguage', 'pt');
    await expectNoAxeViolations(form);
    await continueTo(form, 'Individual assessment');
    await finishProfessional(form);

    expect(reviewRows(form)).toMatchObject({
      'Country where the crime happened': 'Spain',
      'Town or place where it happened': 'Valencia, near the harbour',
      'Country where the person lives': 'Portugal',
      'Country where the person is now': 'Spain',
      'Date the person leaves the country where the crime happened': 'Jan 15, 2027',
      'Was the crime reported to the police?': 'Yes',
      'Country where it was reported': 'Spain',
      'Police reference number': 'VLC-2026-0042',
      'How far have the criminal proceedings gone?': 'Investigation',
      'Country of the criminal proceedings': 'Spain',
      'Does the person need an interpreter?': 'Yes',
      'Language to contact the person in': 'Portuguese',
    });
    await expectNoAxeViolations(form);

    const sent = new Promise((resolve) => form.addEventListener('vr-referral-submitted', resolve, { once: true }));
    await submit(form);
    await sent;
    const referral = await inboxReferral(other, caseSummary);
    expect(referral?.crossBorder).toEqual({
      crimeCountry: 'ES',
      crimePlace: 'Valencia, near the harbour',
      residenceCountry: 'PT',
      currentCountry: 'ES',
      returnDate: '2027-01-15',
      police: { reported: true, country: 'ES', reference: 'VLC-2026-0042' },
      proceedings: { stage: 'investigation', country: 'ES' },
      interpreterNeeded: true,
      contactLanguage: 'pt',
    } satisfies CrossBorder);
  });

  it('asks for the stage of the proceedings when their country is given', async () => {
    const form = await professionalAtCrossBorder(summary());
    await select(form, 'f-proceedingsCountry', 'FR');
    await continueTo(form, 'Cross-border situation');
    expect(findAll(form, '#error-summary a').map((link) => link.textContent?.trim())).toEqual([
      'Select how far the criminal proceedings have gone',
    ]);
    await expectNoAxeViolations(form);
    await userEvent.click(await find(form, '#error-summary a'));
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('f-proceedingsStage'));
    await select(form, 'f-proceedingsCountry', '');
    await continueTo(form, 'Individual assessment');
  });

  it("points the server's field error about the case file at the field it is about", async () => {
    const form = await professionalAtCrossBorder(summary());
    await check(form, 'f-policeReported', 'Yes');
    await type(form, 'f-policeReference', 'REF-1');
    await continueTo(form, 'Individual assessment');
    await finishProfessional(form);
    // The sandbox's own answer (400 or 422, both "rejected" for the form) to a reference over its
    // limit, served to the form's next send: the form checks the limit itself, so it never sends one.
    const tooLong = await fetch(`${sandbox.apiBase}/v1/referrals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.contactToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ crossBorder: { police: { reported: true, reference: 'x'.repeat(101) } } }),
    });
    expect([400, 422]).toContain(tooLong.status);
    const problem = await tooLong.json();
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !request.url.endsWith('/v1/referrals')) return realFetch(input, init);
      return new Response(JSON.stringify(problem), {
        status: tooLong.status,
        headers: { 'content-type': 'application/problem+json' },
      });
    });
    await submit(form);
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Check your answers'));
    await vi.waitFor(() =>
      expect(findAll(form, '#error-summary a').map((link) => link.getAttribute('href'))).toContain(
        '#f-policeReference',
      ),
    );
    expect(textOf(form, '#error-summary')).toContain('Enter 100 characters or fewer');
    await userEvent.click(findAll(form, '#error-summary a[href="#f-policeReference"]')[0] as HTMLElement);
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('f-policeReference'));
    expect(textOf(form, '#step-title')).toContain('Cross-border situation');
    await expectNoAxeViolations(form);
  });

  it('asks a victim only where it happened and whether they need an interpreter', async () => {
    const caseSummary = summary();
    const form = mount<VrReferralForm>(
      `<vr-referral-form mode="self" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" organisation-id="${host.id}"></vr-referral-form>`,
    );
    expect(await stepTitle(form)).toBe('Step 1 of 4 Support needed');
    expect(textOf(form, 'label[for="f-crimeCountry"]')).toBe('In which country did it happen? (optional)');
    expect(findAll(form, '#f-crimePlace, #f-policeReported, #f-contactLanguage')).toEqual([]);
    await fillNeeds(form, caseSummary);
    await select(form, 'f-crimeCountry', 'FR');
    await check(form, 'f-interpreterNeeded', 'No');
    await expectNoAxeViolations(form);
    await continueTo(form, 'About you');
    await fillPerson(form);
    await continueTo(form, 'Consent');
    await fillSelfConsent(form);
    await continueTo(form, 'Check your answers');
    expect(reviewRows(form)).toMatchObject({
      'In which country did it happen?': 'France',
      'Do you need an interpreter?': 'No',
    });
    await submit(form);
    await find(form, '[part="reference"]');
    const referral = await inboxReferral(host, caseSummary);
    expect(referral?.crossBorder).toEqual({ crimeCountry: 'FR', interpreterNeeded: false });
  });
});
