/**
 * Prints the sandbox's speed on loopback: directory search latency over 10,000 services, referral
 * creates per second (in memory and on a durable file store), and the cost of one erasure on a
 * store of 100,000 referrals. Numbers only; nothing fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../dist/index.js';
import { erasureCost } from './erasure.mjs';

const serviceCount = 10_000;
const searches = 600;
const creates = 1_000;
const concurrency = 16;
/** Rows for the root `pnpm bench` table, written to bench-results.json at the end. */
const rows = [];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function get(url, token) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function searchLatency() {
  const started = performance.now();
  const sandbox = await startSandbox({
    seed: { services: serviceCount },
    validateResponses: false,
    rateLimit: { limit: 1e9 },
  });
  const seededIn = performance.now() - started;
  const token = sandbox.credentials.organisations[0].publishableKey;
  const queries = [
    'q=support',
    'country=DE&victimType=domestic-violence',
    'near=38.7223,-9.1393&radiusKm=300',
    'near=52.52,13.405',
    'openNow=true&language=en',
    'assistance=shelter&delivery=phone&freeOfCharge=true',
    'q=cybercrime&country=FR',
    '',
  ];
  for (const query of queries) await get(`${sandbox.url}/v1/services?${query}`, token);
  const timings = [];
  for (let i = 0; i < searches; i++) {
    const query = queries[i % queries.length];
    const t0 = performance.now();
    await get(`${sandbox.url}/v1/services?${query}&limit=20`, token);
    timings.push(performance.now() - t0);
  }
  await sandbox.close();
  timings.sort((a, b) => a - b);
  console.log(`directory search over ${serviceCount} services (${searches} requests, ${queries.length} query shapes):`);
  console.log(
    `  p50 ${percentile(timings, 50).toFixed(2)} ms   p95 ${percentile(timings, 95).toFixed(2)} ms   (seeded in ${(seededIn / 1000).toFixed(1)} s)`,
  );
  const notes = `${searches} requests over ${queries.length} query shapes, loopback`;
  rows.push(
    { name: `directory search p50 (${serviceCount} services)`, value: percentile(timings, 50), unit: 'ms', notes },
    { name: `directory search p95 (${serviceCount} services)`, value: percentile(timings, 95), unit: 'ms', notes },
  );
}

async function createRate(label, db) {
  const sandbox = await startSandbox({ db, validateResponses: false, rateLimit: { limit: 1e9, createLimit: 1e9 } });
  const [referrer, receiver] = sandbox.credentials.organisations;
  const body = JSON.stringify({
    status: 'sent',
    receivingOrganisationId: receiver.id,
    needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
    caseSummary: 'Benchmark referral',
    victim: { name: 'B.', languages: ['en'], contact: { kind: 'do-not-contact' } },
    consent: {
      explicit: true,
      recordedAt: '2026-03-04T10:12:00Z',
      method: 'verbal',
      dataShared: ['identity', 'needs'],
      purposes: ['provide-support'],
      sharedWith: 'receiving-organisation',
      withdrawalExplained: true,
    },
  });
  let next = 0;
  const worker = async () => {
    while (next < creates) {
      const n = next++;
      const response = await fetch(`${sandbox.url}/v1/referrals`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${referrer.contactToken}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': `bench-${n}`,
        },
        body,
      });
      if (response.status !== 201) throw new Error(`create: ${response.status}`);
      await response.arrayBuffer();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  await sandbox.close();
  console.log(`  ${label.padEnd(34)} ${(creates / seconds).toFixed(0)} creates/s`);
  rows.push({
    name: `referral creates, ${label}`,
    value: Math.round(creates / seconds),
    unit: 'creates/s',
    notes: `${creates} creates, ${concurrency} concurrent, with Idempotency-Key`,
  });
}

await searchLatency();
console.log(`referral creates (${creates}, ${concurrency} concurrent, with Idempotency-Key):`);
await createRate('in memory', ':memory:');
const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
try {
  await createRate('file, WAL + synchronous=FULL', join(dir, 'bench.db'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
await erasureCost(rows);
writeFileSync(new URL('../bench-results.json', import.meta.url), `${JSON.stringify({ rows }, null, 2)}\n`);
