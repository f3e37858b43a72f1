/** `pnpm bench` for this package: bundle sizes and validation throughput, into bench-results.json. */
import { writeFileSync } from 'node:fs';
import { measureBundleSizes } from './bundle-size.js';
import { measureValidationThroughput } from './validation.js';

const rows = [...(await measureBundleSizes()), ...measureValidationThroughput()];
writeFileSync(new URL('../bench-results.json', import.meta.url), `${JSON.stringify({ rows }, null, 2)}\n`);
