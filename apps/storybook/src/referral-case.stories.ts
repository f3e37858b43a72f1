import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/referral-case.js';
import { createReferralClient } from '@victim-referral/client';
import {
  awaitingAnswerStatuses,
  type EncryptionPrivateKey,
  generateEncryptionKeyPair,
  type Referral,
  type ReferralStatus,
} from '@victim-referral/schemas';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { armFault, sandbox, unreachableApiBase } from './sandbox.js';
import { shadowOf } from './shadow.js';

interface CaseArgs {
  'api-base'?: string;
  token?: string;
  lang?: string;
  'referral-id'?: string;
  'organisation-id'?: string;
}

/** The first referral of the contact token's inbox that `matches`, to show it (the seeds have every status). */
async function inboxReferral(matches: (referral: Referral) => boolean): Promise<Referral | undefined> {
  const client = createReferralClient({
    baseUrl: sandbox.apiBase,
    auth: { token: sandbox.contactToken },
    retry: false,
  });
  try {
    for await (const referral of client.referrals.listAll({ box: 'inbox', limit: 100 })) {
      if (matches(referral)) return referral;
    }
  } catch {
    // No sandbox running: the story says so.
  }
  return undefined;
}

const renderCase = (args: CaseArgs, referral?: Referral, keys?: EncryptionPrivateKey[]) =>
  html`<vr-referral-case
    api-base=${ifDefined(args['api-base'])}
    .token=${args.token}
    .keys=${keys}
    lang=${ifDefined(args.lang)}
    referral-id=${ifDefined(args['referral-id'] ?? referral?.id)}
    organisation-id=${ifDefined(args['organisation-id'] ?? referral?.receivingOrganisationId)}
  ></vr-referral-case>`;

/** A story of the case in a referral of the inbox that `matches`. */
function caseWhere(matches: (referral: Referral) => boolean, args: CaseArgs = {}): Story {
  return {
    args,
    loaders: [async () => ({ referral: await inboxReferral(matches) })],
    render: (storyArgs, { loaded }) =>
      loaded.referral
        ? renderCase(storyArgs, loaded.referral as Referral)
        : html`<p><strong>Start the sandbox (see the Introduction) to show this case.</strong></p>`,
  };
}

const withStatus = (status: ReferralStatus, args?: CaseArgs) =>
  caseWhere((referral) => referral.status === status, args);

const meta = {
  title: 'Widgets/Referral case',
  component: 'vr-referral-case',
  args: { 'api-base': sandbox.apiBase, token: sandbox.contactToken },
  argTypes: { 'api-base': { control: 'text' }, token: { control: 'text' }, lang: { control: 'text' } },
  render: (args) => renderCase(args),
  parameters: {
    docs: {
      description: {
        component:
          "One referral of the sandbox's seeds as its receiving point of contact sees it: the decisions offered are those the lifecycle table allows in its status. The token and keys are properties, never attributes.",
      },
    },
  },
} satisfies Meta<CaseArgs>;

export default meta;
type Story = StoryObj<CaseArgs>;

/** Unanswered past its deadline: flagged, with accept, decline and cancel offered. */
export const Overdue: Story = {
  ...caseWhere((r) => awaitingAnswerStatuses.includes(r.status) && Date.parse(r.responseDueAt) < Date.now()),
  play: async ({ canvasElement }) => {
    if (!canvasElement.querySelector('vr-referral-case')) return;
    const view = await shadowOf(canvasElement, 'vr-referral-case');
    await expect(await view.findByText(/^Overdue: the answer was due/, {}, { timeout: 10_000 })).toBeVisible();
    await expect(await view.findByRole('button', { name: 'Accept' })).toBeVisible();
  },
};

export const Sent: Story = withStatus('sent');
export const Received: Story = withStatus('received');
export const Accepted: Story = withStatus('accepted');
export const InProgress: Story = withStatus('in-progress');
export const OnHold: Story = withStatus('on-hold');
export const Declined: Story = withStatus('declined');
export const Failed: Story = withStatus('failed');
export const Cancelled: Story = withStatus('cancelled');
export const ConsentWithdrawn: Story = withStatus('withdrawn-consent');

/** Closed: nothing to decide, the discussion closed, the outcome shown. */
export const ClosedCase: Story = {
  ...withStatus('completed'),
  play: async ({ canvasElement }) => {
    if (!canvasElement.querySelector('vr-referral-case')) return;
    const view = await shadowOf(canvasElement, 'vr-referral-case');
    await expect(await view.findByText(/^The discussion is closed/, {}, { timeout: 10_000 })).toBeVisible();
  },
};

export const Arabic: Story = withStatus('received', { lang: 'ar' });

/**
 * Sealed details and no key given: the notice says why the person is not shown, and the point of
 * contact may open the case with the organisation's key file (remembered on the device only if asked).
 */
export const SealedWithoutKey: Story = {
  ...withStatus('received'),
  play: async ({ canvasElement }) => {
    if (!canvasElement.querySelector('vr-referral-case')) return;
    const view = await shadowOf(canvasElement, 'vr-referral-case');
    await expect(await view.findByText(/details are protected/, {}, { timeout: 10_000 })).toBeVisible();
    await expect(await view.findByLabelText("Your organisation's key file")).toBeVisible();
  },
};

/** Sealed details and a key that cannot open them: a calm notice naming key ids, never key material. */
export const SealedWrongKey: Story = {
  loaders: [
    async () => ({
      referral: await inboxReferral((referral) => referral.status === 'received'),
      keys: [(await generateEncryptionKeyPair({ kid: 'not-this-organisations' })).privateKey],
    }),
  ],
  render: (args, { loaded }) =>
    loaded.referral
      ? renderCase(args, loaded.referral as Referral, loaded.keys as EncryptionPrivateKey[])
      : html`<p><strong>Start the sandbox (see the Introduction) to show this case.</strong></p>`,
  play: async ({ canvasElement }) => {
    if (!canvasElement.querySelector('vr-referral-case')) return;
    const view = await shadowOf(canvasElement, 'vr-referral-case');
    await expect(
      await view.findByText(/details could not be opened with the keys given/, {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** Held in the loading state by the sandbox's fault injection (start it with `--faults`). */
export const Loading: Story = {
  tags: ['!autodocs'],
  loaders: [
    async () => {
      const referral = await inboxReferral((r) => r.status === 'received');
      const held = await armFault({
        method: 'GET',
        pathPrefix: '/v1/referrals/',
        count: 3,
        action: { kind: 'delay', ms: 15_000 },
      });
      return { referral, held };
    },
  ],
  render: (args, { loaded }) =>
    html`${loaded.held ? nothing : html`<p><strong>Start the sandbox with <code>--faults</code> to hold this state.</strong></p>`}
    ${renderCase(args, loaded.referral as Referral | undefined)}`,
};

/** The API cannot be reached. */
export const ErrorWithRetry: Story = {
  args: { 'api-base': unreachableApiBase, 'referral-id': 'any' },
  play: async ({ canvasElement }) => {
    const view = await shadowOf(canvasElement, 'vr-referral-case');
    await expect(await view.findByRole('button', { name: 'Try again' }, { timeout: 10_000 })).toBeVisible();
  },
};

/** A referral the organisation may not see. */
export const NotFound: Story = { args: { 'referral-id': 'ref_does_not_exist' } };
