import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { VrServiceFinder } from '../src/finder/service-finder.component.js';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import {
  byId,
  byText,
  choiceLabel,
  deepActiveElement,
  find,
  host,
  mount,
  openedReferral,
  other,
  sandbox,
  tabTo,
  textOf,
} from './helpers.js';

/** Tabs to the choice labelled `label` in the group `groupId` and ticks it with Space. */
async function tick(groupId: string, label: string): Promise<void> {
  await tabTo(
    (element) =>
      element instanceof HTMLInputElement && element.id.startsWith(`${groupId}-`) && choiceLabel(element) === label,
  );
  await userEvent.keyboard(' ');
}

/** Moves through a radio group with the arrow keys until `label` is selected. */
async function choose(groupId: string, label: string): Promise<void> {
  const first = await tabTo((element) => element instanceof HTMLInputElement && element.name === groupId);
  let current = first as HTMLInputElement;
  for (let moves = 0; choiceLabel(current) !== label; moves += 1) {
    if (moves > 10) throw new Error(`no radio "${label}" in ${groupId}`);
    await userEvent.keyboard('{ArrowDown}');
    current = deepActiveElement() as HTMLInputElement;
  }
  if (!current.checked) await userEvent.keyboard(' ');
}

async function typeInto(id: string, text: string): Promise<void> {
  await tabTo(byId(id));
  await userEvent.keyboard(text);
}

async function pressButton(text: string): Promise<void> {
  await tabTo((element) => element instanceof HTMLButtonElement && byText(text)(element));
  await userEvent.keyboard('{Enter}');
}

describe('keyboard only', () => {
  it('searches, chooses a service and refers the case without a pointer', async () => {
    const page = mount(`<div>
      <vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" page-size="3"></vr-service-finder>
      <vr-referral-form mode="professional" api-base="${sandbox.apiBase}"></vr-referral-form>
    </div>`);
    const finder = page.querySelector('vr-service-finder') as VrServiceFinder;
    const form = page.querySelector('vr-referral-form') as VrReferralForm;
    form.token = host.contactToken;
    finder.addEventListener('vr-service-select', (event) => {
      form.service = event.service;
      form.focus();
    });
    const place = other.name.split(' ').at(-1) as string;
    (document.activeElement as HTMLElement | null)?.blur();

    await typeInto('query', place);
    await vi.waitFor(() => expect(textOf(finder, 'article.card h3')).toContain(place), { timeout: 10_000 });
    await pressButton('More details');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('detail-title'));
    await pressButton('Choose this service');
    await vi.waitFor(() => expect(form.service?.name).toContain(place));
    const summary = `Keyboard-only referral ${crypto.randomUUID()}`;

    await find(form, '#step-title');
    await tick('f-assistance', 'Information on rights and procedures');
    await tick('f-victimTypes', 'Fraud and cybercrime');
    await typeInto('f-caseSummary', summary);
    await pressButton('Continue');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('step-title'));

    await typeInto('f-name', 'K');
    await tick('f-languages', 'English');
    await choose('f-contactKind', 'Yes, through the safe ways below');
    await tick('f-channels', 'Email');
    await typeInto('f-email', 'k@example.org');
    await pressButton('Continue');
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Cross-border situation'));

    await choose('f-interpreterNeeded', 'Yes');
    await pressButton('Continue');
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Individual assessment'));

    await choose('f-riskLevel', 'Medium');
    await pressButton('Continue');
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Consent'));

    await tick('f-purposes', 'To provide support');
    await tabTo(byId('f-withdrawalExplained'));
    await userEvent.keyboard(' ');
    await choose('f-method', 'Written');
    await tabTo(byId('f-explicit'));
    await userEvent.keyboard(' ');
    await pressButton('Continue');
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Priority and response time'));

    await choose('f-priority', 'Routine');
    await pressButton('Continue');
    await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain('Check your answers'));

    const submitted = new Promise<{ referralId: string }>((resolve) =>
      form.addEventListener('vr-referral-submitted', (event) => resolve(event.detail), { once: true }),
    );
    await pressButton('Send referral');
    const { referralId } = await submitted;
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('success-title'));

    const referral = await openedReferral(other, referralId);
    expect(referral).toMatchObject({
      caseSummary: summary,
      receivingOrganisationId: other.id,
      needs: { assistance: ['information'], victimTypes: ['fraud-cybercrime'] },
      victim: { contact: { kind: 'safe-contact', channels: [{ method: 'email', email: 'k@example.org' }] } },
      assessment: { riskLevel: 'medium' },
      consent: { method: 'written' },
      priority: 'routine',
      crossBorder: { interpreterNeeded: true },
    });
  });
});
