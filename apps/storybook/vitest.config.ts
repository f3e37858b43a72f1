/**
 * Runs every story in Chromium (Debian's, as the widgets' tests do): its loaders, its render, its
 * play function, then axe on what it shows. The stories read the sandbox's address and credentials
 * from `import.meta.env` at build time, so the sandbox is started here, with the config, on a free
 * port: its values are defined for the stories, and the global setup closes it after the run.
 */

import { startSandbox } from '@victim-referral/sandbox';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { sandboxEnv } from './.storybook/sandbox-env.js';

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const sandbox = await startSandbox({ port: 0, faults: true });
  (globalThis as { storybookSandbox?: typeof sandbox }).storybookSandbox = sandbox;
  const [host] = sandbox.credentials.organisations;
  const env = sandboxEnv({
    STORYBOOK_API_BASE: sandbox.url,
    STORYBOOK_PUBLISHABLE_KEY: host?.publishableKey,
    STORYBOOK_ORGANISATION_ID: host?.id,
    STORYBOOK_CONTACT_TOKEN: host?.contactToken,
    STORYBOOK_ADMIN_TOKEN: sandbox.credentials.adminToken,
  });
  return {
    define: Object.fromEntries(
      Object.entries(env).map(([name, value]) => [`import.meta.env.${name}`, JSON.stringify(value)]),
    ),
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['./test/close-sandbox.ts'],
      testTimeout: 30_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
});
