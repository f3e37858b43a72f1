import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'chromium',
          include: ['test/**/*.test.ts'],
          globalSetup: ['./test/setup/global-setup.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The React and Vue types in dist/, checked by tsc with skipLibCheck off, so the generated
        // declarations themselves are checked too; an unused `@ts-expect-error` fails.
        test: {
          name: 'framework-types',
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/types/*.test-d.{ts,tsx}'],
            tsconfig: 'test/types/tsconfig.json',
          },
        },
      },
    ],
  },
});
