import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/quick-exit.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { shadowOf } from './shadow.js';

interface QuickExitArgs {
  href?: string;
  'hide-hint'?: boolean;
  'safety-href'?: string;
  'hide-safety-advice'?: boolean;
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
      safety-href=${ifDefined(args['safety-href'])}
      ?hide-safety-advice=${args['hide-safety-advice']}
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

/** "Staying safe online", opened: what the exit cannot hide, how to be safer, and the member's own page. */
export const SafetyAdviceOpen: Story = {
  args: { 'safety-href': 'https://www.example.org/staying-safe' },
  play: async ({ canvasElement }) => {
    const quickExit = await shadowOf(canvasElement, 'vr-quick-exit');
    await userEvent.click(await quickExit.findByText('Staying safe online'));
    await expect(await quickExit.findByRole('link', { name: 'More about staying safe online' })).toBeVisible();
  },
};

export const SafetyAdviceHidden: Story = {
  args: { 'hide-safety-advice': true },
};

export const HintHidden: Story = {
  args: { 'hide-hint': true },
};

export const Arabic: Story = {
  args: { lang: 'ar' },
};
