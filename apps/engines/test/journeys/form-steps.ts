/** Steps through `<vr-referral-form>` the way a person does: pointer clicks and typing. */
import type { Tab } from '../../src/tab.js';

const form = 'vr-referral-form';

/** Ticks (or selects) the choice whose value is `value` in the group `groupId`. */
export async function choose(tab: Tab, groupId: string, value: string): Promise<void> {
  const index = await tab.evaluateOn(
    `${form} >>> #${groupId}`,
    (group, wanted) => [...group.querySelectorAll('input')].findIndex((input) => input.value === wanted),
    value,
  );
  if (index < 0) throw new Error(`No choice "${value}" in ${groupId}`);
  await tab.click(`${form} >>> #${groupId}-${index}`);
}

export function fill(tab: Tab, fieldId: string, text: string): Promise<void> {
  return tab.type(`${form} >>> #${fieldId}`, text);
}

export function tick(tab: Tab, fieldId: string): Promise<void> {
  return tab.click(`${form} >>> #${fieldId}`);
}

/** Presses the step's Continue (or Send) button and waits for the next step to show `nextField`. */
export async function continueTo(tab: Tab, nextField: string): Promise<void> {
  await tab.click(`${form} >>> form .actions button[type="submit"]`);
  await tab.waitForElement(`${form} >>> ${nextField}`);
}

export async function submit(tab: Tab): Promise<void> {
  await tab.click(`${form} >>> [part~="submit-button"]`);
}

/** The reference the form shows once the referral is sent. */
export async function referenceShown(tab: Tab): Promise<string> {
  await tab.waitForElement(`${form} >>> [part~="reference"]`);
  const [reference = ''] = await tab.texts(`${form} >>> [part~="reference"]`);
  return reference;
}
