import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/quick-exit.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { shadowOf } from './shadow.js';

interface QuickExitArgs {
  href?: string;
  'hide-hint'?: boolean;
  lang?: string;
  navigate: (href: string) => void;
}

const meta = {
  title: 'Widgets/Quick exit',
  component: 'vr-quick-exit',
  args: {
    // Stories log the navigation instead of leaving Storybook; on a real page the element calls location.replace.
    navigate: fn(),
  },
  argTypes: {
    href: { control: 'text' },
    navigate: { control: false },
    lang: { control: 'text' },
  },
  render: (args) =>
    html`<vr-quick-exit
      href=${ifDefined(args.href)}
      ?hide-hint=${args['hide-hint']}
      lang=${ifDefined(args.lang)}
      .navigate=${args.navigate}
    ></vr-quick-exit>`,
  parameters: {
    docs: {
      description: {
        component:
          'Put it first in the page, on every page that talks about abuse. In these stories the navigation is logged in the Actions panel instead of leaving Storybook.',
      },
    },
  },
} satisfies Meta<QuickExitArgs>;

export default meta;
type Story = StoryObj<QuickExitArgs>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const exit = await shadowOf(canvasElement, 'vr-quick-exit');
    await userEvent.click(exit.getByRole('button'));
    await waitFor(() => expect(args.navigate).toHaveBeenCalledWith('https://www.bbc.co.uk/weather'));
  },
};

export const CustomHref: Story = {
  args: { href: 'https://www.example.org/recipes' },
  play: async ({ canvasElement, args }) => {
    await shadowOf(canvasElement, 'vr-quick-exit');
    // Shift three times, the shortcut the visible hint teaches.
    await userEvent.keyboard('{Shift}{Shift}{Shift}');
    await waitFor(() => expect(args.navigate).toHaveBeenCalledWith('https://www.example.org/recipes'));
  },
};

export const HintHidden: Story = {
  args: { 'hide-hint': true },
};

export const Arabic: Story = {
  args: { lang: 'ar' },
};
