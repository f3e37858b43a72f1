import { expect, userEvent, waitFor } from 'storybook/test';
import { shadowOf } from './shadow.js';

/**
 * Walks `<vr-referral-form>` the way a user does, one step at a time, so each story can start where
 * the previous one stopped. Controls are found by the form's own ids (`f-<field>`, and
 * `f-<field>-<n>` for the n-th choice of a group); buttons by their English names.
 */
async function formIn(canvasElement: HTMLElement) {
  const form = await shadowOf(canvasElement, 'vr-referral-form');
  const root = canvasElement.querySelector('vr-referral-form')?.shadowRoot;
  const control = (id: string) =>
    waitFor(() => {
      const element = root?.getElementById(id);
      if (!element) throw new Error(`#${id} is not on this step`);
      return element;
    });
  return {
    form,
    tick: async (...ids: string[]) => {
      for (const id of ids) await userEvent.click(await control(id));
    },
    type: async (id: string, text: string) => userEvent.type(await control(id), text),
    continueTo: async (step: number, of: number) => {
      await userEvent.click(form.getByRole('button', { name: 'Continue' }));
      await expect(await form.findByText(`Step ${step} of ${of}`)).toBeVisible();
    },
  };
}

export async function answerNeeds(canvasElement: HTMLElement, steps: number) {
  const { tick, type, continueTo } = await formIn(canvasElement);
  await tick('f-assistance-0', 'f-victimTypes-0');
  await type('f-caseSummary', 'Robbed on holiday; passport and phone taken.');
  await continueTo(2, steps);
}

/** Answers "About you" / "About the person", asking not to be contacted directly. */
export async function answerPerson(canvasElement: HTMLElement, steps: number) {
  const { tick, type, continueTo } = await formIn(canvasElement);
  await type('f-name', 'Sam');
  await tick('f-languages-0', 'f-contactKind-1');
  await continueTo(3, steps);
}

/** Answers part of the cross-border case file: the crime country, and that an interpreter is needed. */
export async function answerCrossBorder(canvasElement: HTMLElement, steps: number) {
  const { form, tick, continueTo } = await formIn(canvasElement);
  await userEvent.selectOptions(await form.findByLabelText(/Country where the crime happened/), 'ES');
  await tick('f-interpreterNeeded-0');
  await continueTo(4, steps);
}

export async function answerAssessment(canvasElement: HTMLElement, steps: number) {
  const { tick, continueTo } = await formIn(canvasElement);
  await tick('f-riskLevel-0');
  await continueTo(5, steps);
}

/** Gives consent; a professional referral also records how consent was given. */
export async function answerConsent(canvasElement: HTMLElement, next: number, steps: number, professional = false) {
  const { tick, continueTo } = await formIn(canvasElement);
  await tick('f-purposes-0', 'f-withdrawalExplained', ...(professional ? ['f-method-0'] : []), 'f-explicit');
  await continueTo(next, steps);
}

export async function answerPriority(canvasElement: HTMLElement, steps: number) {
  const { tick, continueTo } = await formIn(canvasElement);
  await tick('f-priority-0');
  await continueTo(steps, steps);
}

/** Presses the send button of the "Check your answers" step; resolves to the form's queries. */
export async function send(canvasElement: HTMLElement, buttonName: string) {
  const { form } = await formIn(canvasElement);
  await userEvent.click(form.getByRole('button', { name: buttonName }));
  return form;
}

export async function formQueries(canvasElement: HTMLElement) {
  return (await formIn(canvasElement)).form;
}
