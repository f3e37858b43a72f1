import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm'],
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
};

export default defineConfig([
  // One file per module: with `sideEffects: false` a bundler drops every module an app does not import.
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/cli.ts', '!src/artifacts/**'],
    bundle: false,
    platform: 'neutral',
    dts: { entry: { index: 'src/index.ts', 'hsds/index': 'src/hsds/index.ts', 'labels/index': 'src/labels/index.ts' } },
  },
  { ...shared, entry: { cli: 'src/cli.ts' }, platform: 'node', banner: { js: '#!/usr/bin/env node' } },
]);
