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
    // A WebDriver command that never answers (seen once in WebKit, in 1 of 4 full runs) is retried
    // once in a fresh tab; a journey that fails for a reason fails both times.
    retry: 1,
  },
});
