import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/referral-status.js';
import type { FollowUpCredentials, ReferralStatus } from '@victim-referral/schemas';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import { expectNoAxeViolations } from './axe.js';
import { followUpIn, lock } from './referral-status.sandbox.js';
import { armFault, sandbox, unreachableApiBase } from './sandbox.js';
import { shadowOf } from './shadow.js';

interface StatusArgs {
  'api-base'?: string;
  'publishable-key'?: string;
  lang?: string;
}

const renderStatus = (args: StatusArgs) =>
  html`<vr-referral-status
    api-base=${ifDefined(args['api-base'])}
    publishable-key=${ifDefined(args['publishable-key'])}
    lang=${ifDefined(args.lang)}
  ></vr-referral-status>`;

const meta = {
  title: 'Widgets/Referral status',
  component: 'vr-referral-status',
  args: { 'api-base': sandbox.apiBase, 'publishable-key': sandbox.publishableKey },
  argTypes: {
    'api-base': { control: 'text' },
    'publishable-key': { control: 'text' },
    lang: { control: 'text' },
  },
  render: renderStatus,
  parameters: {
    docs: {
      description: {
        component:
          'A victim follows their own self-referral with the reference and secret code from the form’s confirmation. The stories with a status make a fresh self-referral in the sandbox and move it there.',
      },
    },
  },
} satisfies Meta<StatusArgs>;

export default meta;
type Story = StoryObj<StatusArgs>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector('vr-referral-status') as Element;

/** Types the credentials as a victim would and asks; resolves to the element's queries. */
async function check(canvasElement: HTMLElement, credentials: FollowUpCredentials | undefined) {
  const status = await shadowOf(canvasElement, 'vr-referral-status');
  if (!credentials) throw new Error('This story needs the sandbox (see the Introduction).');
  await userEvent.type(status.getByLabelText('Reference'), credentials.reference);
  await userEvent.type(status.getByLabelText('Secret code'), credentials.secret);
  await userEvent.click(status.getByRole('button', { name: 'Check my request' }));
  return status;
}

/** A story that shows a self-referral in `status`, in plain words, and passes axe. */
function inStatus(status: ReferralStatus, text: string): Story {
  return {
    tags: ['!autodocs'],
    loaders: [async () => ({ credentials: await followUpIn(status) })],
    play: async ({ canvasElement, loaded }) => {
      const queries = await check(canvasElement, loaded.credentials);
      await expect(await queries.findByText(text, {}, { timeout: 10_000 })).toBeVisible();
      await expectNoAxeViolations(element(canvasElement));
    },
  };
}

/** Nothing typed yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await shadowOf(canvasElement, 'vr-referral-status');
    await expectNoAxeViolations(element(canvasElement));
  },
};

/** Held while checking by the sandbox's fault injection (start it with `--faults`). */
export const Loading: Story = {
  tags: ['!autodocs'],
  loaders: [
    async () => ({
      credentials: await followUpIn('sent'),
      held: await armFault({
        method: 'POST',
        pathPrefix: '/v1/follow-up',
        count: 1,
        action: { kind: 'delay', ms: 30_000 },
      }),
    }),
  ],
  render: (args, { loaded }) =>
    html`${loaded.held ? nothing : html`<p><strong>Start the sandbox with <code>--faults</code> to hold this state.</strong></p>`}
    ${renderStatus(args)}`,
  play: async ({ canvasElement, loaded }) => {
    const queries = await check(canvasElement, loaded.credentials);
    await expect(await queries.findByRole('button', { name: 'Checking…' })).toBeDisabled();
    await expectNoAxeViolations(element(canvasElement));
  },
};

export const Sent = inStatus('sent', 'Your request has been sent. The organisation has not opened it yet.');
export const Received = inStatus('received', 'The organisation has received your request.');
export const Accepted = inStatus('accepted', 'The organisation has accepted your request and will support you.');
export const Declined = inStatus(
  'declined',
  'The organisation cannot help with this request. This is not your fault, and other help is available.',
);
export const InProgress = inStatus('in-progress', 'The organisation is supporting you.');
export const OnHold = inStatus('on-hold', 'Your support is paused for now.');
export const Completed = inStatus('completed', 'Your support has ended.');
export const Failed = inStatus('failed', 'The support could not be given as planned.');
export const Cancelled = inStatus('cancelled', 'This request has been closed.');
export const ConsentWithdrawn = inStatus(
  'withdrawn-consent',
  'You withdrew your consent. Your personal information has been erased.',
);

/** A wrong secret: the same words as an unknown reference, never saying which was wrong. */
export const Wrong: Story = {
  tags: ['!autodocs'],
  loaders: [async () => ({ credentials: await followUpIn('sent') })],
  play: async ({ canvasElement, loaded }) => {
    const credentials = loaded.credentials as FollowUpCredentials | undefined;
    const queries = await check(canvasElement, credentials && { ...credentials, secret: 'A'.repeat(32) });
    await expect(await queries.findByRole('alert')).toHaveTextContent('We could not find a request');
    await expectNoAxeViolations(element(canvasElement));
  },
};

/** Ten wrong secrets lock the reference for fifteen minutes: even the right one waits. */
export const Locked: Story = {
  tags: ['!autodocs'],
  loaders: [
    async () => {
      const credentials = await followUpIn('sent');
      if (credentials) await lock(credentials);
      return { credentials };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const queries = await check(canvasElement, loaded.credentials);
    await expect(await queries.findByRole('alert')).toHaveTextContent('Try again in 15 minutes.');
    await expectNoAxeViolations(element(canvasElement));
  },
};

/** The victim withdraws consent, after a step that says what it means. */
export const Withdrawn: Story = {
  tags: ['!autodocs'],
  loaders: [async () => ({ credentials: await followUpIn('sent') })],
  play: async ({ canvasElement, loaded }) => {
    const queries = await check(canvasElement, loaded.credentials);
    await userEvent.click(await queries.findByRole('button', { name: 'Withdraw my consent' }));
    await expect(await queries.findByRole('heading', { name: 'Withdraw your consent?' })).toBeVisible();
    await expectNoAxeViolations(element(canvasElement));
    await userEvent.click(queries.getByRole('button', { name: 'Yes, withdraw my consent' }));
    await expect(
      await queries.findByText('Your consent has been withdrawn and your personal information has been erased.'),
    ).toBeVisible();
    await expectNoAxeViolations(element(canvasElement));
  },
};

/** The API cannot be reached: the error needs no server at all. */
export const ErrorWithRetry: Story = {
  args: { 'api-base': unreachableApiBase },
  play: async ({ canvasElement }) => {
    const queries = await check(canvasElement, { reference: 'VR-7K3Q-92XD', secret: 'A'.repeat(32) });
    await expect(await queries.findByRole('button', { name: 'Try again' }, { timeout: 10_000 })).toBeVisible();
    await expectNoAxeViolations(element(canvasElement));
  },
};

/** Arabic: the strings and the direction follow `lang`. */
export const Arabic: Story = { args: { lang: 'ar' } };
