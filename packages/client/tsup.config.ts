import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'route-transport': 'src/route-transport.ts',
    webhooks: 'src/webhooks.ts',
    sealing: 'src/sealing/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
