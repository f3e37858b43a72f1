import { defineConfig } from 'tsup';

// One module per source file: only the registering modules listed in `sideEffects` run code on
// import, so bundlers can drop whatever a page does not use.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/cdn/**', '!src/**/*.d.ts'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
});
