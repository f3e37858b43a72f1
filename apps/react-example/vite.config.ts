import { defineConfig } from 'vite';

// No React plugin: Vite compiles JSX with the automatic runtime by itself; the plugin would only
// add Fast Refresh, which a built example does not need.
export default defineConfig({
  build: { target: 'es2022' },
});
