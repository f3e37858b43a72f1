import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start Node once per call; on a loaded 2-core CI machine that is slow.
    testTimeout: 30_000,
  },
});
