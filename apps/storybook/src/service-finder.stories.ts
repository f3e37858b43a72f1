import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/service-finder.js';
import {
  accessibilityFeatures,
  deliveryModes,
  formsOfAssistance,
  type VocabularyTerm,
  victimTypes,
} from '@victim-referral/schemas';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import { armFault, sandbox, unreachableApiBase } from './sandbox.js';
import { shadowOf } from './shadow.js';

interface FinderArgs {
  'api-base'?: string;
  'publishable-key'?: string;
  lang?: string;
  country?: string;
  'victim-type'?: string;
  assistance?: string;
  language?: string;
  delivery?: string;
  'free-of-charge'?: boolean;
  'open-now'?: boolean;
  accessibility?: string;
  'accepting-referrals'?: boolean;
  interpretation?: boolean;
  'page-size'?: number;
  emergency?: string;
  helpline?: string;
  'helpline-label'?: string;
  onVrServiceSelect?: (event: Event) => void;
}

/** A preset control offers the vocabulary's codes, and "none" to leave the filter open. */
const codesOf = (vocabulary: readonly VocabularyTerm[]) => [undefined, ...vocabulary.map((term) => term.code)];

const renderFinder = (args: FinderArgs) =>
  html`<vr-service-finder
    api-base=${ifDefined(args['api-base'])}
    publishable-key=${ifDefined(args['publishable-key'])}
    lang=${ifDefined(args.lang)}
    country=${ifDefined(args.country)}
    victim-type=${ifDefined(args['victim-type'])}
    assistance=${ifDefined(args.assistance)}
    language=${ifDefined(args.language)}
    delivery=${ifDefined(args.delivery)}
    ?free-of-charge=${args['free-of-charge']}
    ?open-now=${args['open-now']}
    accessibility=${ifDefined(args.accessibility)}
    ?accepting-referrals=${args['accepting-referrals']}
    ?interpretation=${args.interpretation}
    page-size=${ifDefined(args['page-size'])}
    emergency=${ifDefined(args.emergency)}
    helpline=${ifDefined(args.helpline)}
    helpline-label=${ifDefined(args['helpline-label'])}
    @vr-service-select=${args.onVrServiceSelect ?? nothing}
    ></vr-service-finder>`;

const meta = {
  title: 'Widgets/Service finder',
  component: 'vr-service-finder',
  args: {
    'api-base': sandbox.apiBase,
    'publishable-key': sandbox.publishableKey,
  },
  argTypes: {
    'api-base': { control: 'text' },
    'publishable-key': { control: 'text' },
    lang: { control: 'text' },
    country: { control: 'text' },
    'victim-type': { control: 'select', options: codesOf(victimTypes) },
    assistance: { control: 'select', options: codesOf(formsOfAssistance) },
    language: { control: 'text' },
    delivery: { control: 'select', options: codesOf(deliveryModes) },
    accessibility: { control: 'select', options: codesOf(accessibilityFeatures) },
    emergency: { control: 'select', options: [undefined, 'hide'] },
  },
  render: renderFinder,
  parameters: {
    docs: {
      description: {
        component:
          'The stories with results talk to the sandbox (see the Introduction: `pnpm --filter @victim-referral/sandbox start -- --port 8787`). Choosing a service logs `vr-service-select` in the Actions panel.',
      },
    },
  },
} satisfies Meta<FinderArgs>;

export default meta;
type Story = StoryObj<FinderArgs>;

export const Default: Story = {};

/** Presets narrow the first search; the user can still change every filter. */
export const WithPresets: Story = {
  args: {
    country: 'PT',
    'victim-type': 'domestic-violence',
    assistance: 'emotional-support',
    'free-of-charge': true,
  },
};

/** The filters of protocol 1.1 preset: step-free access, taking new referrals, interpreting. */
export const AccessibleAndTakingReferrals: Story = {
  args: { accessibility: 'step-free-access', 'accepting-referrals': true, interpretation: true },
};

/** One in twenty seeded services pauses referrals: its card has a badge and a disabled "Choose". */
export const PausedServices: Story = {
  args: { 'page-size': 40 },
};

/**
 * Held in the loading state by the sandbox's fault injection (start it with `--faults`): the story
 * delays the next search past the client's 10-second timeout for one attempt, after which the
 * client's retry shows the results.
 */
export const Loading: Story = {
  tags: ['!autodocs'],
  loaders: [
    async () => ({
      held: await armFault({
        method: 'GET',
        pathPrefix: '/v1/services',
        count: 1,
        action: { kind: 'delay', ms: 15_000 },
      }),
    }),
  ],
  render: (args, { loaded }) =>
    html`${
      loaded.held
        ? nothing
        : html`<p><strong>Start the sandbox with <code>--faults</code> to hold this state.</strong></p>`
    }
    ${renderFinder(args)}`,
};

/** A search that matches nothing. */
export const Empty: Story = {
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const finder = await shadowOf(canvasElement, 'vr-service-finder');
    await userEvent.type(await finder.findByRole('searchbox'), 'qqxxzz no such service{Enter}');
    await expect(await finder.findByRole('heading', { name: 'No services match your search' })).toBeVisible();
  },
};

/** The API cannot be reached: the error state needs no server at all. */
export const ErrorWithRetry: Story = {
  args: { 'api-base': unreachableApiBase },
  play: async ({ canvasElement }) => {
    const finder = await shadowOf(canvasElement, 'vr-service-finder');
    const retry = await finder.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
    await userEvent.click(retry);
    await expect(await finder.findByText('Searching for services…')).toBeVisible();
    await expect(await finder.findByRole('button', { name: 'Try again' }, { timeout: 10_000 })).toBeVisible();
  },
};

/** The same search on a map: the map's chunk (Leaflet, the outline of Europe) loads when first asked for; no tiles. */
export const MapView: Story = {
  args: { country: 'PT' },
  play: async ({ canvasElement }) => {
    const finder = await shadowOf(canvasElement, 'vr-service-finder');
    await userEvent.click(await finder.findByRole('button', { name: 'On a map' }));
    await expect(await finder.findByRole('button', { name: 'On a map', pressed: true })).toBeVisible();
  },
};

/**
 * The emergency notice comes first and needs no server: 112 and, where it is in service, 116 006
 * (here Portugal), plus the member's own helpline. The API is unreachable in this story.
 */
export const EmergencyNotice: Story = {
  args: { 'api-base': unreachableApiBase, country: 'PT', helpline: '+351 116 006', 'helpline-label': 'APAV' },
  play: async ({ canvasElement }) => {
    const finder = await shadowOf(canvasElement, 'vr-service-finder');
    await expect(await finder.findByRole('link', { name: '116 006' })).toHaveAttribute('href', 'tel:116006');
  },
};

/** Where 116 006 is not in service (Italy), only 112 is shown: a dead number is worse than none. */
export const EmergencyNoticeWithout116006: Story = {
  args: { 'api-base': unreachableApiBase, country: 'IT' },
};

/** A member replaces the notice with its own content (`slot="emergency"`). */
export const EmergencyNoticeReplaced: Story = {
  args: { 'api-base': unreachableApiBase },
  render: (args) =>
    html`<vr-service-finder api-base=${ifDefined(args['api-base'])}>
      <p slot="emergency">In danger now? Call <a href="tel:112">112</a>. Our line, day and night: <a href="tel:+35121000000">21 000 0000</a>.</p>
    </vr-service-finder>`,
};

/**
 * "Show services near me" asks the browser for the position only when pressed (allow or block it
 * when the browser asks). Allowed: results come nearest first, each with its distance. Blocked or
 * unavailable: a town or city of the directory stands in for it. Nothing of the position is kept.
 */
export const NearMe: Story = {
  args: { lang: 'en-GB', 'page-size': 20 },
};

/** Arabic: the strings, the taxonomy labels and the layout direction follow `lang`. */
export const Arabic: Story = {
  args: { lang: 'ar' },
};

export const French: Story = {
  args: { lang: 'fr', country: 'FR' },
};

export const Ukrainian: Story = {
  args: { lang: 'uk', language: 'uk' },
};

export const Polish: Story = {
  args: { lang: 'pl', country: 'PL' },
};

/** The tokens and parts documented below restyle the widget from the page. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .themed vr-service-finder {
          --vr-color-primary: #6d2077;
          --vr-radius: 0;
          --vr-finder-card-background: #faf6fb;
          font-family: Georgia, serif;
        }
        .themed vr-service-finder::part(card) {
          box-shadow: 0 1px 3px rgb(0 0 0 / 20%);
        }
      </style>
      <div class="themed">${renderFinder(args)}</div>`,
};
