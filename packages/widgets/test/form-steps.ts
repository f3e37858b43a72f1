/** Drives `<vr-referral-form>` the way a pointer user does: clicks and typing, step by step. */
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import { choiceLabel, find, findAll, shadow, textOf } from './helpers.js';

export async function stepTitle(form: VrReferralForm): Promise<string> {
  await find(form, '#step-title');
  return textOf(form, '#step-title');
}

/**
 * A pointer click on what `lookUp` finds. The click's locator is made from the text around the
 * element; when that text changes under it (the emergency notice gains the member's own helpline
 * once the directory answers), the click is tried again on a fresh look-up.
 */
async function pointerClick(lookUp: () => Element | Promise<Element>): Promise<void> {
  try {
    await userEvent.click(await lookUp(), { timeout: 3000 });
  } catch {
    await userEvent.click(await lookUp());
  }
}

export async function check(form: VrReferralForm, groupId: string, label: string): Promise<void> {
  await pointerClick(() => {
    const choice = findAll<HTMLInputElement>(form, `#${groupId} input`).find((input) => choiceLabel(input) === label);
    if (!choice) throw new Error(`no choice "${label}" in ${groupId}`);
    return choice;
  });
}

export async function type(form: VrReferralForm, id: string, text: string): Promise<void> {
  await userEvent.fill(await find<HTMLInputElement>(form, `#${id}`), text);
}

export async function continueTo(form: VrReferralForm, expectedTitle: string): Promise<void> {
  const button = [...shadow(form).querySelectorAll<HTMLButtonElement>('form .actions button')].find(
    (candidate) => candidate.type === 'submit',
  );
  button?.click();
  await vi.waitFor(() => expect(textOf(form, '#step-title')).toContain(expectedTitle));
}

export async function fillNeeds(form: VrReferralForm, summary: string): Promise<void> {
  await check(form, 'f-assistance', 'Emotional support');
  await check(form, 'f-assistance', 'Legal advice');
  await check(form, 'f-victimTypes', 'Robbery, theft and burglary');
  await type(form, 'f-caseSummary', summary);
}

export async function fillPerson(form: VrReferralForm): Promise<void> {
  await type(form, 'f-name', 'Ana');
  await check(form, 'f-languages', 'Portuguese');
  await check(form, 'f-contactKind', 'Yes, it is safe to contact me');
  await check(form, 'f-channels', 'Text message');
  await type(form, 'f-phone', '+351 912 345 678');
  await type(form, 'f-safeTimes', 'Weekdays 10:00 to 12:00');
}

export async function fillSelfConsent(form: VrReferralForm): Promise<void> {
  await check(form, 'f-purposes', 'To provide support');
  await check(form, 'f-purposes', 'To contact the victim');
  await pointerClick(() => find(form, 'label[for="f-withdrawalExplained"]'));
  await pointerClick(() => find(form, 'label[for="f-explicit"]'));
}

/** Fills a self-referral up to "Check your answers". */
export async function fillSelfReferral(form: VrReferralForm, summary: string): Promise<void> {
  await fillNeeds(form, summary);
  await continueTo(form, 'About you');
  await fillPerson(form);
  await continueTo(form, 'Consent');
  await fillSelfConsent(form);
  await continueTo(form, 'Check your answers');
}

export async function submit(form: VrReferralForm): Promise<void> {
  (await find<HTMLButtonElement>(form, '[part~="submit-button"]')).click();
}
