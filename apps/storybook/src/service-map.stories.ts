import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@victim-referral/widgets/service-map.js';
import type { Service } from '@victim-referral/schemas';
import { formsOfAssistance, type VocabularyTerm, victimTypes } from '@victim-referral/schemas';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import { sandbox } from './sandbox.js';
import { shadowOf } from './shadow.js';

interface MapArgs {
  'api-base'?: string;
  'publishable-key'?: string;
  lang?: string;
  country?: string;
  'victim-type'?: string;
  assistance?: string;
  'free-of-charge'?: boolean;
  services?: readonly Service[];
  onVrServiceSelect?: (event: Event) => void;
}

const codesOf = (vocabulary: readonly VocabularyTerm[]) => [undefined, ...vocabulary.map((term) => term.code)];

// No story sets `tile-url`: Storybook contacts no third party. A member's own tile server is set
// with `tile-url` and `tile-attribution`; without them the map draws its shipped outline of Europe.
const renderMap = (args: MapArgs) =>
  html`<vr-service-map
    api-base=${ifDefined(args['api-base'])}
    publishable-key=${ifDefined(args['publishable-key'])}
    lang=${ifDefined(args.lang)}
    country=${ifDefined(args.country)}
    victim-type=${ifDefined(args['victim-type'])}
    assistance=${ifDefined(args.assistance)}
    ?free-of-charge=${args['free-of-charge']}
    .services=${args.services}
    @vr-service-select=${args.onVrServiceSelect ?? nothing}
  ></vr-service-map>`;

/** Services scattered between Lisbon and Helsinki, every `confidentialEvery`-th at a confidential address. */
function servicesAcrossEurope(count: number, confidentialEvery = 0): Service[] {
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `svc_${i}`,
        name: `Service ${i + 1}`,
        ...(confidentialEvery > 0 && i % confidentialEvery === 0 && { confidentialLocation: true }),
        locations: [
          {
            id: `loc_${i}`,
            address: { city: `Town ${(i % 400) + 1}`, country: 'DE' },
            coordinates: { latitude: 38 + ((i * 7919) % 2300) / 100, longitude: -9 + ((i * 104_729) % 3400) / 100 },
          },
        ],
      }) as unknown as Service,
  );
}

const meta = {
  title: 'Widgets/Service map',
  component: 'vr-service-map',
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
    services: { control: false },
  },
  render: renderMap,
  parameters: {
    docs: {
      description: {
        component:
          'The map of the services matching the filters, on the outline of Europe shipped with it (no tile server is contacted unless `tile-url` is set). Tab reaches each marker and cluster; Enter opens a place or zooms into a cluster. The stories with the directory talk to the sandbox (see the Introduction).',
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** The sandbox directory, no tiles. */
export const Default: Story = {};

/** The same filters as the finder's. */
export const WithFilters: Story = {
  args: { country: 'PT', 'free-of-charge': true },
};

/** 5,000 services handed in as a property (no API): they cluster. Enter on a cluster zooms into it. */
export const FiveThousandServices: Story = {
  args: { 'api-base': undefined, 'publishable-key': undefined, services: servicesAcrossEurope(5000) },
  play: async ({ canvasElement }) => {
    const map = await shadowOf(canvasElement, 'vr-service-map');
    const clusters = await map.findAllByRole('button', { name: /services in this area/ });
    await expect(clusters.length).toBeGreaterThan(0);
  },
};

/** Confidential addresses (every third service) show only as a dashed "approximate area". */
export const ConfidentialLocations: Story = {
  args: { 'api-base': undefined, 'publishable-key': undefined, services: servicesAcrossEurope(12, 3) },
  play: async ({ canvasElement }) => {
    const map = await shadowOf(canvasElement, 'vr-service-map');
    const [first] = await map.findAllByRole('button', { name: /approximate area/ });
    first?.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await map.findByText(/The address is kept confidential/)).toBeVisible();
  },
};

/** Arabic: the names of markers and clusters, the zoom buttons and the layout follow `lang`. */
export const Arabic: Story = {
  args: { lang: 'ar', 'api-base': undefined, 'publishable-key': undefined, services: servicesAcrossEurope(300, 10) },
};
