import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ReferralKind } from '@victim-referral/schemas';
import '@victim-referral/widgets/referral-form.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import {
  answerAssessment,
  answerConsent,
  answerCrossBorder,
  answerNeeds,
  answerPerson,
  answerPriority,
  formQueries,
  send,
} from './referral-form.steps.js';
import { sandbox, unreachableApiBase } from './sandbox.js';

interface FormArgs {
  'api-base'?: string;
  'publishable-key'?: string;
  'service-id'?: string;
  'organisation-id'?: string;
  mode?: ReferralKind;
  lang?: string;
  token?: string;
  onVrReferralSubmitted?: (event: Event) => void;
}

const renderForm = (args: FormArgs) =>
  html`<vr-referral-form
    api-base=${ifDefined(args['api-base'])}
    publishable-key=${ifDefined(args['publishable-key'])}
    service-id=${ifDefined(args['service-id'])}
    organisation-id=${ifDefined(args['organisation-id'])}
    mode=${ifDefined(args.mode)}
    lang=${ifDefined(args.lang)}
    .token=${args.token}
    @vr-referral-submitted=${args.onVrReferralSubmitted ?? nothing}
  ></vr-referral-form>`;

const meta = {
  title: 'Widgets/Referral form',
  component: 'vr-referral-form',
  args: {
    'api-base': sandbox.apiBase,
    'publishable-key': sandbox.publishableKey,
    'organisation-id': sandbox.organisationId,
    mode: 'self',
  },
  argTypes: {
    'api-base': { control: 'text' },
    'publishable-key': { control: 'text' },
    'service-id': { control: 'text' },
    'organisation-id': { control: 'text' },
    token: { control: 'text' },
    mode: { control: 'inline-radio', options: ['self', 'professional'] },
    lang: { control: 'text' },
  },
  render: renderForm,
  parameters: {
    docs: {
      description: {
        component:
          'The form has no way to open at a given step, so the step stories walk there with play functions (watch them in the Interactions panel). Sending talks to the sandbox (see the Introduction); the submission error needs no server. `vr-referral-submitted` is logged in the Actions panel.',
      },
    },
  },
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

const selfSteps = 4;
const professionalSteps = 7;

/** A victim asks for support from the site's own organisation, with the site's publishable key. */
export const SelfMode: Story = {};

export const SelfAboutYou: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await answerNeeds(canvasElement, selfSteps);
  },
};

export const SelfConsent: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    await SelfAboutYou.play?.(context);
    await answerPerson(context.canvasElement, selfSteps);
  },
};

export const SelfCheckAnswers: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    await SelfConsent.play?.(context);
    await answerConsent(context.canvasElement, 4, selfSteps);
  },
};

/** Continuing without answering lists every problem at the top, each linked to its field. */
export const ValidationErrors: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const form = await formQueries(canvasElement);
    await userEvent.click(form.getByRole('button', { name: 'Continue' }));
    await expect(await form.findByRole('alert')).toHaveTextContent('There is a problem');
  },
};

/** The API cannot be reached: the answers stay, and "Try sending again" sends exactly the same referral. */
export const SubmissionError: Story = {
  tags: ['!autodocs'],
  args: { 'api-base': unreachableApiBase },
  play: async (context) => {
    await SelfCheckAnswers.play?.(context);
    const form = await send(context.canvasElement, 'Send my request');
    await expect(await form.findByRole('button', { name: 'Try sending again' }, { timeout: 10_000 })).toBeVisible();
  },
};

/** Sent to the sandbox: the confirmation shows the referral's reference. */
export const SelfSubmitted: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    await SelfCheckAnswers.play?.(context);
    const form = await send(context.canvasElement, 'Send my request');
    await expect(await form.findByText('Your request has been sent', {}, { timeout: 10_000 })).toBeVisible();
  },
};

/**
 * A point of contact refers a case to a service of another organisation. The token is a property,
 * never an attribute; the service is loaded from `service-id`.
 */
export const ProfessionalMode: Story = {
  args: {
    mode: 'professional',
    'publishable-key': undefined,
    token: sandbox.contactToken,
    'service-id': sandbox.serviceId,
  },
};

export const ProfessionalAboutThePerson: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await answerNeeds(canvasElement, professionalSteps);
  },
};

export const ProfessionalCrossBorder: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalAboutThePerson.play?.(context);
    await answerPerson(context.canvasElement, professionalSteps);
  },
};

export const ProfessionalAssessment: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalCrossBorder.play?.(context);
    await answerCrossBorder(context.canvasElement, professionalSteps);
  },
};

export const ProfessionalConsent: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalAssessment.play?.(context);
    await answerAssessment(context.canvasElement, professionalSteps);
  },
};

export const ProfessionalPriority: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalConsent.play?.(context);
    await answerConsent(context.canvasElement, 6, professionalSteps, true);
  },
};

export const ProfessionalCheckAnswers: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalPriority.play?.(context);
    await answerPriority(context.canvasElement, professionalSteps);
  },
};

export const ProfessionalSubmitted: Story = {
  ...ProfessionalMode,
  tags: ['!autodocs'],
  play: async (context) => {
    await ProfessionalCheckAnswers.play?.(context);
    const form = await send(context.canvasElement, 'Send referral');
    await expect(await form.findByText('Referral sent', {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** Professional mode needs a service to refer to: until one is given, the form says so. */
export const ProfessionalWithoutService: Story = {
  args: { ...ProfessionalMode.args, 'service-id': undefined },
};

/** Arabic: right-to-left, with the translated vocabularies. */
export const Arabic: Story = {
  args: { lang: 'ar' },
};
