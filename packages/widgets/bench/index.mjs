/**
 * The widgets' bench: gzip sizes of the published entries (widgets and client, from their
 * size-limit configurations), the service finder's search latency, the time the map takes to
 * show 5,000 services and the inbox 1,000 referrals, in headless Chromium.
 * Prints the numbers and writes bench-results.json; never fails on a number.
 */
import { writeFileSync } from 'node:fs';
import { bundleSizeRows } from './bundle-sizes.mjs';
import { finderLatencyRows } from './finder-latency.mjs';
import { inboxRenderRows } from './inbox-render.mjs';
import { mapRenderRows } from './map-render.mjs';

const resultsFile = new URL('../bench-results.json', import.meta.url);

function formatValue(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

const rows = [];
for (const [part, measure] of [
  ['bundle sizes', bundleSizeRows],
  ['service finder latency', finderLatencyRows],
  ['map of 5,000 services', mapRenderRows],
  ['inbox of 1,000 referrals', inboxRenderRows],
]) {
  try {
    rows.push(...(await measure()));
  } catch (error) {
    // A benchmark reports; it never fails the build. The other part's rows are still written.
    console.error(`bench: ${part} failed to run:`, error);
  }
}

const nameWidth = Math.max(0, ...rows.map((row) => row.name.length));
for (const row of rows) console.log(`${row.name.padEnd(nameWidth)} ${formatValue(row.value).padStart(9)} ${row.unit}`);
writeFileSync(resultsFile, `${JSON.stringify({ rows }, null, 2)}\n`);
