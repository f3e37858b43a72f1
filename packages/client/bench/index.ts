/** `pnpm bench` for this package: call overhead and sealing, into bench-results.json. */
import { writeFileSync } from 'node:fs';
import { measureOverhead } from './overhead.js';
import type { BenchRow } from './rows.js';
import { measureSealing } from './sealing.js';

async function run(name: string, measure: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    return await measure();
  } catch (error) {
    // A benchmark reports; it never fails the build.
    console.error(`bench ${name} failed to run:`, error);
    return [];
  }
}

const rows = [...(await run('overhead', measureOverhead)), ...(await run('sealing', measureSealing))];
writeFileSync(new URL('../bench-results.json', import.meta.url), `${JSON.stringify({ rows }, null, 2)}\n`);
