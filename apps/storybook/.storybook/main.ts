import { defineMain } from '@storybook/web-components-vite/node';
import { sandboxEnv } from './sandbox-env.ts';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  env: (config) => ({ ...config, ...sandboxEnv(config) }),
});
