import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';
import { sandboxEnv } from './sandbox-env.js';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  env: (config) => ({ ...config, ...sandboxEnv(config) }),
  viteFinal: (config) =>
    mergeConfig(config, {
      logLevel: 'warn',
      // The preview's entry chunk is Storybook's runtime (~860 kB) with the widgets registered in it.
      build: { chunkSizeWarningLimit: 1500 },
    }),
});
