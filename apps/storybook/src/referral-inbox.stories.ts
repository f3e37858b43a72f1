import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/referral-inbox.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import { armFault, sandbox, unreachableApiBase } from './sandbox.js';
import { shadowOf } from './shadow.js';

interface InboxArgs {
  'api-base'?: string;
  token?: string;
  lang?: string;
  'page-size'?: number;
  'poll-interval'?: number;
  onVrOpenReferral?: (event: Event) => void;
}

const renderInbox = (args: InboxArgs) =>
  html`<vr-referral-inbox
    api-base=${ifDefined(args['api-base'])}
    .token=${args.token}
    lang=${ifDefined(args.lang)}
    page-size=${ifDefined(args['page-size'])}
    poll-interval=${ifDefined(args['poll-interval'])}
    @vr-open-referral=${args.onVrOpenReferral ?? nothing}
  ></vr-referral-inbox>`;

const meta = {
  title: 'Widgets/Referral inbox',
  component: 'vr-referral-inbox',
  args: { 'api-base': sandbox.apiBase, token: sandbox.contactToken, 'page-size': 10 },
  argTypes: { 'api-base': { control: 'text' }, token: { control: 'text' }, lang: { control: 'text' } },
  render: renderInbox,
  parameters: {
    docs: {
      description: {
        component:
          "A point of contact's referrals, received and sent, against the sandbox's seeded referrals (see the Introduction). The token is a property, never an attribute; opening a referral logs `vr-open-referral` in the Actions panel.",
      },
    },
  },
} satisfies Meta<InboxArgs>;

export default meta;
type Story = StoryObj<InboxArgs>;

/**
 * The received referrals, most pressing first: the first row is flagged with how late the answer is
 * or the time left ("Answer in 3 hours"). Which seeded referral that is depends on the seeds' priorities.
 */
export const MostPressingFirst: Story = {
  play: async ({ canvasElement }) => {
    const inbox = await shadowOf(canvasElement, 'vr-referral-inbox');
    const table = await inbox.findByRole(
      'table',
      { name: 'Received referrals, most pressing first' },
      { timeout: 10_000 },
    );
    await expect(table).toBeVisible();
    const [, firstRow] = within(table).getAllByRole('row');
    await expect(firstRow).toHaveTextContent(/Overdue: the answer was due|Answer in/);
  },
};

/** The sent referrals, with the organisations they went to. */
export const Outbox: Story = {
  play: async ({ canvasElement }) => {
    const inbox = await shadowOf(canvasElement, 'vr-referral-inbox');
    await userEvent.click(await inbox.findByRole('tab', { name: /^Sent/ }, { timeout: 10_000 }));
    await expect(await inbox.findByRole('table', { name: 'Sent referrals, most pressing first' })).toBeVisible();
  },
};

/** Filters that match nothing. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const inbox = await shadowOf(canvasElement, 'vr-referral-inbox');
    await inbox.findByRole('table', {}, { timeout: 10_000 });
    await userEvent.selectOptions(await inbox.findByLabelText('Status'), 'draft');
    await expect(await inbox.findByText('No referrals match these filters.')).toBeVisible();
  },
};

/** Held in the loading state by the sandbox's fault injection (start it with `--faults`). */
export const Loading: Story = {
  tags: ['!autodocs'],
  loaders: [
    async () => ({
      held: await armFault({
        method: 'GET',
        pathPrefix: '/v1/referrals',
        count: 2,
        action: { kind: 'delay', ms: 15_000 },
      }),
    }),
  ],
  render: (args, { loaded }) =>
    html`${loaded.held ? nothing : html`<p><strong>Start the sandbox with <code>--faults</code> to hold this state.</strong></p>`}
    ${renderInbox(args)}`,
};

/** The API cannot be reached: the error state needs no server at all. */
export const ErrorWithRetry: Story = {
  args: { 'api-base': unreachableApiBase },
  play: async ({ canvasElement }) => {
    const inbox = await shadowOf(canvasElement, 'vr-referral-inbox');
    await expect(await inbox.findByRole('button', { name: 'Try again' }, { timeout: 10_000 })).toBeVisible();
  },
};

/** Arabic: strings, labels, relative times and the layout direction follow `lang`. */
export const Arabic: Story = { args: { lang: 'ar' } };

export const Polish: Story = { args: { lang: 'pl' } };
