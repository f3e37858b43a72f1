/**
 * Client call overhead against bare fetch on loopback: the same GET /v1/services?limit=1 to a
 * local sandbox, timed per call. Prints the numbers and returns them as bench rows.
 */
import { startSandbox } from '@victim-referral/sandbox';
import { createReferralClient } from '../dist/index.js';
import type { BenchRow } from './rows.js';

const calls = 500;
const warmUp = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/** Times each variant per call, interleaved round by round so that drift (JIT, server warm-up) hits all alike. */
async function timeInterleaved(variants: Record<string, () => Promise<unknown>>) {
  const entries = Object.entries(variants);
  for (let i = 0; i < warmUp; i++) for (const [, run] of entries) await run();
  const durations = new Map(entries.map(([name]) => [name, [] as number[]]));
  for (let i = 0; i < calls; i++) {
    for (const [name, run] of entries) {
      const start = performance.now();
      await run();
      durations.get(name)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    [...durations].map(([name, times]) => {
      times.sort((a, b) => a - b);
      return [name, { median: percentile(times, 50), p95: percentile(times, 95) }];
    }),
  );
}

export async function measureOverhead(): Promise<BenchRow[]> {
  // Without a rate limit, which would otherwise be measured instead of the client.
  const sandbox = await startSandbox({ port: 0, rateLimit: { limit: 1e9 } });
  try {
    const key = sandbox.credentials.organisations[0]?.contactToken ?? '';
    const url = `${sandbox.url}/v1/services?limit=1`;
    const auth = { token: key };
    const validating = createReferralClient({ baseUrl: sandbox.url, auth });
    const trusting = createReferralClient({ baseUrl: sandbox.url, auth, validateResponses: false });

    const results = await timeInterleaved({
      'bare fetch': async () => (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).json(),
      'client, responses validated': () => validating.services.search({ limit: 1 }),
      'client, validateResponses: false': () => trusting.services.search({ limit: 1 }),
    });

    const rows: BenchRow[] = Object.entries(results).flatMap(([name, { median, p95 }]) => [
      {
        name: `GET /v1/services?limit=1, ${name}: median`,
        value: median,
        unit: 'ms',
        notes: `${calls} calls, loopback`,
      },
      { name: `GET /v1/services?limit=1, ${name}: p95`, value: p95, unit: 'ms', notes: `${calls} calls, loopback` },
    ]);
    const median = (name: string) => results[name]?.median ?? Number.NaN;
    rows.push({
      name: 'client overhead per call (median, validated)',
      value: median('client, responses validated') - median('bare fetch'),
      unit: 'ms',
      notes: 'client median minus bare fetch median',
    });
    for (const row of rows) console.log(`${row.name.padEnd(72)} ${row.value.toFixed(3).padStart(8)} ${row.unit}`);
    return rows;
  } finally {
    await sandbox.close();
  }
}
