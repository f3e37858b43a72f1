import type { Service } from '@victim-referral/schemas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/form/referral-form.js';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import { automaticRetries } from '../src/shared/client.js';
import type { ReferralSubmittedEvent } from '../src/shared/events.js';
import { check, continueTo, fillNeeds, fillPerson, fillSelfReferral, stepTitle, submit, type } from './form-steps.js';
import {
  armFault,
  clientWith,
  deepActiveElement,
  expectNoAxeViolations,
  find,
  findAll,
  host,
  inboxReferrals,
  mount,
  openedReferral,
  other,
  sandbox,
  shadow,
  textOf,
} from './helpers.js';

async function selfForm(): Promise<VrReferralForm> {
  const form = mount<VrReferralForm>(
    `<vr-referral-form mode="self" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" organisation-id="${host.id}"></vr-referral-form>`,
  );
  await find(form, '#step-title');
  return form;
}

function uniqueSummary(): string {
  return `Robbed near the station, case ${crypto.randomUUID()}`;
}

function submitted(form: VrReferralForm): Promise<ReferralSubmittedEvent> {
  return new Promise((resolve) => form.addEventListener('vr-referral-submitted', resolve, { once: true }));
}

async function serviceOf(organisationId: string): Promise<Service> {
  const page = await clientWith({ publishableKey: host.publishableKey }).services.search({
    organisation: organisationId,
    limit: 1,
  });
  const service = page.items[0];
  if (!service) throw new Error('the seed has no service for this organisation');
  return service;
}

describe('<vr-referral-form>', () => {
  const consoleCalls: unknown[][] = [];
  beforeEach(() => {
    consoleCalls.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args);
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends a self-referral and shows its reference, keeping victim data out of storage, URL, console and events', async () => {
    const form = await selfForm();
    const summary = uniqueSummary();
    const url = location.href;
    expect(await stepTitle(form)).toBe('Step 1 of 4 Support needed');
    await expectNoAxeViolations(form);
    await fillNeeds(form, summary);
    await continueTo(form, 'About you');
    await fillPerson(form);
    await expectNoAxeViolations(form);
    await continueTo(form, 'Consent');
    expect(findAll(form, '.consent-list li').map((li) => li.textContent)).toEqual([
      'Contact details',
      'Name and languages',
      'Support needs',
      'Summary of what happened',
    ]);
    await check(form, 'f-purposes', 'To provide support');
    await userEvent.click(await find(form, 'label[for="f-withdrawalExplained"]'));
    await userEvent.click(await find(form, 'label[for="f-explicit"]'));
    await expectNoAxeViolations(form);
    await continueTo(form, 'Check your answers');
    expect(textOf(form, '[part="review"]')).toContain('+351 912 345 678');
    await expectNoAxeViolations(form);

    const event = submitted(form);
    await submit(form);
    const { detail } = await event;
    expect(Object.keys(detail).sort()).toEqual(['reference', 'referralId']);
    const reference = await find(form, '[part="reference"]');
    expect(reference.textContent).toBe(detail.reference);
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('success-title'));
    expect(textOf(form, '[part="success"]')).toContain('The organisation will contact you in the ways you chose');
    await expectNoAxeViolations(form);

    const [stored, ...others] = await inboxReferrals(host, summary);
    expect(others).toEqual([]);
    // Sealed in the browser to the member's key: the server holds ciphertext only.
    expect(stored).not.toHaveProperty('victim');
    expect(stored?.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual([host.privateKeys[0]?.kid]);
    const referral = await openedReferral(host, stored?.id as string);
    expect(referral).toMatchObject({
      id: detail.referralId,
      reference: detail.reference,
      kind: 'self',
      receivingOrganisationId: host.id,
      needs: { assistance: ['emotional-support', 'legal-advice'], victimTypes: ['robbery-theft'] },
      victim: {
        name: 'Ana',
        languages: ['pt'],
        contact: {
          kind: 'safe-contact',
          channels: [{ method: 'sms', phone: '+351912345678' }],
          safeTimes: 'Weekdays 10:00 to 12:00',
          mayLeaveMessage: false,
        },
      },
      consent: {
        explicit: true,
        method: 'electronic',
        purposes: ['provide-support'],
        sharedWith: 'receiving-organisation',
        withdrawalExplained: true,
      },
    });

    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(location.href).toBe(url);
    expect(JSON.stringify(consoleCalls)).not.toMatch(/Ana|351912345678|Robbed/);
  });

  it('summarises errors at the top, focuses the summary and links each error to its field', async () => {
    const form = await selfForm();
    await continueTo(form, 'Support needed');
    const summary = await find(form, '#error-summary');
    await vi.waitFor(() => expect(deepActiveElement()).toBe(summary));
    expect(textOf(form, '#error-summary h2')).toBe('There is a problem');
    const links = findAll<HTMLAnchorElement>(form, '#error-summary a');
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Select at least one kind of help',
      'Select at least one thing that happened',
      'Enter a few words about what happened',
    ]);
    expect(textOf(form, '#f-assistance-error')).toBe('Select at least one kind of help');
    expect(textOf(form, '#f-caseSummary')).toBe('');
    expect(shadow(form).querySelector('#f-caseSummary')?.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(form);

    const url = location.href;
    links[2]?.click();
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('f-caseSummary'));
    links[0]?.click();
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('f-assistance-0'));
    expect(location.href).toBe(url);
  });

  it('validates the safe contact details with the shared schemas', async () => {
    const form = await selfForm();
    await fillNeeds(form, uniqueSummary());
    await continueTo(form, 'About you');
    await type(form, 'f-name', 'Ana');
    await check(form, 'f-languages', 'English');
    await check(form, 'f-contactKind', 'Yes, it is safe to contact me');
    await continueTo(form, 'About you');
    expect(findAll(form, '#error-summary a').map((link) => link.textContent?.trim())).toEqual([
      'Select at least one safe way to make contact',
    ]);
    await check(form, 'f-channels', 'Email');
    await type(form, 'f-email', 'not an email');
    await continueTo(form, 'About you');
    await vi.waitFor(() =>
      expect(findAll(form, '#error-summary a').map((link) => link.textContent?.trim())).toEqual([
        'Enter an email address, like name@example.com',
      ]),
    );
    await check(form, 'f-contactKind', 'No, do not contact me');
    await continueTo(form, 'Consent');
    expect(findAll(form, '.consent-list li').map((li) => li.textContent)).not.toContain('Contact details');
  });

  it('lets the user change an answer from the review and come back to it', async () => {
    const form = await selfForm();
    await fillSelfReferral(form, uniqueSummary());
    const change = findAll<HTMLButtonElement>(form, '[part="review"] button').find(
      (button) => button.getAttribute('aria-label') === 'Change About you',
    );
    change?.click();
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('About you'));
    await type(form, 'f-name', 'Maria');
    await continueTo(form, 'Check your answers');
    expect(textOf(form, '[part="review"]')).toContain('Maria');
  });

  it('keeps every answer through a server failure and sends once on retry with the same key', async () => {
    const form = await selfForm();
    const summary = uniqueSummary();
    await fillSelfReferral(form, summary);
    await armFault({
      method: 'POST',
      pathPrefix: '/v1/referrals',
      count: automaticRetries + 1,
      action: { kind: 'error', status: 503 },
    });
    await submit(form);
    const failure = await find(form, '#failure');
    await vi.waitFor(() => expect(deepActiveElement()).toBe(failure));
    expect(textOf(form, '#failure p')).toBe(
      'Something went wrong on our side. Nothing you typed has been lost. Try again: it will not be sent twice.',
    );
    await expectNoAxeViolations(form);
    expect(textOf(form, '[part="review"]')).toContain(summary);
    expect(await inboxReferrals(host, summary)).toEqual([]);

    const event = submitted(form);
    (await find<HTMLButtonElement>(form, '[part~="retry-button"]')).click();
    const { detail } = await event;
    const referrals = await inboxReferrals(host, summary);
    expect(referrals.map((referral) => referral.id)).toEqual([detail.referralId]);
  });

  it('sends exactly one referral when the responses are lost and the user retries', async () => {
    const form = await selfForm();
    const summary = uniqueSummary();
    await fillSelfReferral(form, summary);
    // Chromium itself resends a request whose reused connection drops, so how many of these one
    // attempt consumes varies: arm more than one submission's attempts can use, and retry as a
    // user would until the answer gets through.
    await armFault({ method: 'POST', pathPrefix: '/v1/referrals', count: 8, action: { kind: 'drop-after-response' } });
    const event = submitted(form);
    await submit(form);
    await find(form, '#failure');
    expect(textOf(form, '#failure p')).toBe(
      'It could not be sent because the connection failed. Nothing you typed has been lost. Check your connection, then try again.',
    );
    expect(textOf(form, '[part="review"]')).toContain(summary);
    expect(await inboxReferrals(host, summary)).toHaveLength(1);

    let done = false;
    void event.then(() => {
      done = true;
    });
    for (let retries = 0; !done; retries += 1) {
      expect(retries).toBeLessThan(6);
      (await find<HTMLButtonElement>(form, '[part~="retry-button"]')).click();
      await form.updateComplete;
      expect(shadow(form).querySelector('#failure')).toBeNull();
      await vi.waitFor(
        () => {
          if (!done && !shadow(form).querySelector('#failure')) throw new Error('still sending');
        },
        { timeout: 20_000 },
      );
    }
    const { detail } = await event;
    const referrals = await inboxReferrals(host, summary);
    expect(referrals.map((referral) => referral.id)).toEqual([detail.referralId]);
  });

  it('refers a case as a professional to the organisation of the chosen service', async () => {
    const service = await serviceOf(other.id);
    const form = mount<VrReferralForm>(
      `<vr-referral-form mode="professional" api-base="${sandbox.apiBase}" organisation-id="${host.id}"></vr-referral-form>`,
    );
    form.token = host.contactToken;
    await form.updateComplete;
    expect(textOf(form, '.notice')).toBe('No service has been chosen yet. Choose a service first.');
    form.service = service;
    const summary = uniqueSummary();
    expect(await stepTitle(form)).toBe('Step 1 of 7 Support needed');
    await fillNeeds(form, summary);
    await continueTo(form, 'About the person');
    await type(form, 'f-name', 'Client 42');
    await check(form, 'f-languages', 'English');
    await check(form, 'f-contactKind', 'No, every contact goes through us');
    await continueTo(form, 'Cross-border situation');
    await continueTo(form, 'Individual assessment');
    await continueTo(form, 'Individual assessment');
    expect(findAll(form, '#error-summary a').map((link) => link.textContent?.trim())).toEqual([
      'Select the risk level',
    ]);
    await check(form, 'f-riskLevel', 'High');
    await check(form, 'f-protectionNeeds', 'Interpreter');
    await expectNoAxeViolations(form);
    await continueTo(form, 'Consent');
    await vi.waitFor(() => expect(textOf(form, '[part="step"]')).toContain(`Only ${other.name}.`));
    await check(form, 'f-purposes', 'To provide support');
    await userEvent.click(await find(form, 'label[for="f-withdrawalExplained"]'));
    await check(form, 'f-method', 'Verbal, recorded by the referrer');
    await userEvent.click(await find(form, 'label[for="f-explicit"]'));
    await continueTo(form, 'Priority and response time');
    await check(form, 'f-priority', 'Urgent');
    await expectNoAxeViolations(form);
    await continueTo(form, 'Check your answers');
    expect(textOf(form, '[part="review"]')).toContain(other.name);
    await expectNoAxeViolations(form);

    const event = submitted(form);
    await submit(form);
    const { detail } = await event;
    expect(textOf(form, '[part="success"]')).toContain('The receiving organisation must answer by');
    const [stored] = await inboxReferrals(other, summary);
    expect(stored?.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual([
      other.privateKeys[0]?.kid,
      host.privateKeys[0]?.kid,
    ]);
    const referral = await openedReferral(other, stored?.id as string);
    expect(referral).toMatchObject({
      id: detail.referralId,
      kind: 'professional',
      priority: 'urgent',
      referringOrganisationId: host.id,
      receivingOrganisationId: other.id,
      serviceId: service.id,
      assessment: { riskLevel: 'high', protectionNeeds: ['interpreter'] },
      victim: { name: 'Client 42', contact: { kind: 'do-not-contact' } },
      consent: { method: 'verbal', dataShared: ['identity', 'needs', 'case-summary', 'individual-assessment'] },
    });
  });

  it('loads the service named by its service-id attribute', async () => {
    const service = await serviceOf(host.id);
    const form = mount<VrReferralForm>(
      `<vr-referral-form mode="professional" api-base="${sandbox.apiBase}" service-id="${service.id}"></vr-referral-form>`,
    );
    form.tokenProvider = async () => host.contactToken;
    await vi.waitFor(() => expect(form.service?.id).toBe(service.id));
    expect(await stepTitle(form)).toBe('Step 1 of 7 Support needed');
  });
});
