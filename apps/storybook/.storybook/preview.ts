import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@victim-referral/widgets/custom-elements.json';
import { publicApi } from '../src/manifest.js';

setCustomElementsManifest(publicApi(manifest));

/** Rows of the API table that document the element but are not inputs of a story. */
const documentationOnly = new Set(['events', 'css custom properties', 'css shadow parts']);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          documentationOnly.has(argType.table?.category ?? '') ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
  },
};

export default preview;
