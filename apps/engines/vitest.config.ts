import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One engine at a time: a browser needs a core, and the machine has two.
    fileParallelism: false,
    // Generous: the waits inside end as soon as their condition holds; these only bound a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
