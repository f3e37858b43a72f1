/**
 * Prints the sandbox's speed on loopback: directory search latency over 10,000 services (with the
 * filters of 1.0 and of 1.1), referral creates per second (in memory and on a durable file store),
 * the cost of a deadline scan with 100,000 open referrals, and of one erasure on a store of
 * 100,000 referrals. Numbers only; nothing fails.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startSandbox } from '../dist/index.js';
import { erasureCost } from './erasure.mjs';

const serviceCount = 10_000;
const searches = 600;
const creates = 1_000;
const concurrency = 16;
const openReferrals = 100_000;
const clockCalls = 50;
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

/** Latency of `searches` requests cycling through `queries`, after one warm-up round. */
async function timeSearches(sandbox, token, queries) {
  for (const query of queries) await get(`${sandbox.url}/v1/services?${query}`, token);
  const timings = [];
  for (let i = 0; i < searches; i++) {
    const query = queries[i % queries.length];
    const t0 = performance.now();
    await get(`${sandbox.url}/v1/services?${query}&limit=20`, token);
    timings.push(performance.now() - t0);
  }
  return timings.sort((a, b) => a - b);
}

function reportLatency(label, timings, queryCount) {
  console.log(
    `  ${label.padEnd(22)} p50 ${percentile(timings, 50).toFixed(2)} ms   p95 ${percentile(timings, 95).toFixed(2)} ms`,
  );
  const notes = `${searches} requests over ${queryCount} query shapes, loopback`;
  rows.push(
    { name: `${label} p50 (${serviceCount} services)`, value: percentile(timings, 50), unit: 'ms', notes },
    { name: `${label} p95 (${serviceCount} services)`, value: percentile(timings, 95), unit: 'ms', notes },
  );
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
  const queries11 = [
    'accessibility=hearing-loop',
    'age=12&country=PL',
    'acceptingReferrals=true&assistance=shelter',
    'interpretation=true&near=48.8566,2.3522&radiusKm=500',
    `updatedSince=${new Date(Date.now() - 60_000).toISOString()}`,
    'acceptingReferrals=true&age=30&accessibility=step-free-access&interpretation=false',
  ];
  console.log(
    `directory search over ${serviceCount} services (${searches} requests each, seeded in ${(seededIn / 1000).toFixed(1)} s):`,
  );
  reportLatency('directory search', await timeSearches(sandbox, token, queries), queries.length);
  reportLatency('search, 1.1 filters', await timeSearches(sandbox, token, queries11), queries11.length);
  await sandbox.close();
}

const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const referenceOf = (n) =>
  `VR-${Array.from({ length: 4 }, (_, i) => referenceAlphabet[Math.floor(n / 32 ** i) % 32]).join('')}-BNCH`;

/**
 * Fills a file store with `openReferrals` routine referrals awaiting an answer, due over the next
 * five days, those due soon already announced: the steady state a scan meets every second.
 */
function addOpenReferrals(dbFile) {
  const db = new DatabaseSync(dbFile);
  const template = db.prepare("SELECT * FROM referrals WHERE status = 'sent' LIMIT 1").get();
  const insert = db.prepare(
    `INSERT INTO referrals (id, reference, referring_organisation_id, receiving_organisation_id, status, priority,
       response_due_at, sent_at, data, deadline_stage) VALUES (?, ?, ?, ?, 'sent', 'routine', ?, ?, ?, ?)`,
  );
  const now = Date.now();
  db.exec('BEGIN');
  for (let n = 0; n < openReferrals; n++) {
    const due = new Date(now + 3_600_000 + (n / openReferrals) * 119 * 3_600_000);
    const sent = new Date(due.getTime() - 120 * 3_600_000);
    const id = randomUUID();
    const reference = referenceOf(n);
    const data = { ...JSON.parse(template.data), id, reference, status: 'sent', priority: 'routine' };
    Object.assign(data, { responseDueAt: due.toISOString(), sentAt: sent.toISOString() });
    const dueSoonPassed = due.getTime() - 30 * 3_600_000 <= now;
    insert.run(
      id,
      reference,
      template.referring_organisation_id,
      template.receiving_organisation_id,
      due.toISOString(),
      sent.toISOString(),
      JSON.stringify(data),
      dueSoonPassed ? 1 : 0,
    );
  }
  db.exec('COMMIT');
  db.close();
}

/** `POST /v1/sandbox/clock` scans right after moving the clock; `GET` is the same request without the scan. */
async function deadlineScan() {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-deadlines-'));
  const dbFile = join(dir, 'deadlines.db');
  const credentialsFile = join(dir, 'credentials.json');
  try {
    await (await startSandbox({ db: dbFile, credentialsFile, validateResponses: false })).close();
    addOpenReferrals(dbFile);
    const sandbox = await startSandbox({
      db: dbFile,
      credentialsFile,
      faults: true,
      validateResponses: false,
      deadlineScanIntervalMs: 3_600_000,
    });
    const headers = { Authorization: `Bearer ${sandbox.credentials.adminToken}`, 'Content-Type': 'application/json' };
    const time = async (init) => {
      const timings = [];
      for (let i = 0; i < clockCalls; i++) {
        const t0 = performance.now();
        const response = await fetch(`${sandbox.url}/v1/sandbox/clock`, { headers, ...init });
        if (!response.ok) throw new Error(`clock: ${response.status}`);
        await response.arrayBuffer();
        timings.push(performance.now() - t0);
      }
      return timings.sort((a, b) => a - b);
    };
    await time({ method: 'POST', body: JSON.stringify({ advanceSeconds: 1 }) });
    const scanning = await time({ method: 'POST', body: JSON.stringify({ advanceSeconds: 1 }) });
    const reading = await time({ method: 'GET' });
    await sandbox.close();
    const scan = Math.max(0, percentile(scanning, 50) - percentile(reading, 50));
    console.log(`deadline scan with ${openReferrals} open referrals (${clockCalls} scans, nothing due):`);
    console.log(
      `  ${scan.toFixed(2)} ms a scan (clock advance p50 ${percentile(scanning, 50).toFixed(2)} ms − clock read p50 ${percentile(reading, 50).toFixed(2)} ms)`,
    );
    rows.push({
      name: `deadline scan (${openReferrals} open referrals)`,
      value: scan,
      unit: 'ms',
      notes: `p50 of ${clockCalls} POST /v1/sandbox/clock minus GET, loopback; due-soon already announced`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function createRate(label, db) {
  // Clear bodies (organisations without keys): the server's cost; sealing is the client bench's.
  const sandbox = await startSandbox({
    db,
    seed: { encryptionKeys: false },
    validateResponses: false,
    rateLimit: { limit: 1e9, createLimit: 1e9 },
  });
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
await deadlineScan();
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
