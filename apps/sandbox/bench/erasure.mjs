/**
 * The cost of erasing one case (a consent withdrawal, answered once the erased bytes are
 * overwritten and the WAL truncated) on a durable file store holding 100,000 referrals.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startSandbox } from '../dist/index.js';

const storeSize = 100_000;
const erasures = 30;
const unlimited = { limit: 1e9, createLimit: 1e9 };

async function send(sandbox, method, path, token, body) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json();
}

const referralBody = (receivingOrganisationId, n) => ({
  receivingOrganisationId,
  needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'], notes: `Needs of case ${n}` },
  caseSummary: `Benchmark case ${n}, to be erased`,
  victim: { name: `Victim ${n}`, languages: ['en'], contact: { kind: 'do-not-contact' } },
  consent: {
    explicit: true,
    recordedAt: '2026-03-04T10:12:00Z',
    method: 'verbal',
    dataShared: ['identity', 'needs', 'case-summary'],
    purposes: ['provide-support'],
    sharedWith: 'receiving-organisation',
    withdrawalExplained: true,
  },
});

/** Copies one stored referral and its first event until the store holds `storeSize` referrals. */
function fill(dbFile, templateId) {
  const db = new DatabaseSync(dbFile);
  db.exec('BEGIN');
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO referrals (id, reference, referring_organisation_id, receiving_organisation_id, status, priority,
       response_due_at, sent_at, requested_response_due_at, data)
     SELECT printf('00000000-0000-4000-8000-%012d', i), printf('BENCH-%06d', i), referring_organisation_id,
       receiving_organisation_id, status, priority, response_due_at, sent_at, requested_response_due_at,
       json_set(data, '$.id', printf('00000000-0000-4000-8000-%012d', i), '$.reference', printf('BENCH-%06d', i))
     FROM referrals, n WHERE referrals.id = ?`,
  ).run(storeSize - Number(db.prepare('SELECT count(*) AS n FROM referrals').get().n), templateId);
  db.exec(`INSERT INTO referral_events (referral_id, sequence, data)
     SELECT r.id, 1, json_set(e.data, '$.referralId', r.id) FROM referrals r
     JOIN referral_events e ON e.referral_id = '${templateId}' AND e.sequence = 1
     WHERE r.reference LIKE 'BENCH-%'`);
  db.exec('COMMIT');
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
}

export async function erasureCost(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-erasure-bench-'));
  const dbFile = join(dir, 'store.db');
  const credentialsFile = join(dir, 'credentials.json');
  try {
    // Clear bodies (organisations without keys): erasure rewrites the same rows either way.
    const seed = { encryptionKeys: false };
    const options = { db: dbFile, credentialsFile, seed, validateResponses: false, rateLimit: unlimited };
    let sandbox = await startSandbox(options);
    const [referrer, receiver] = sandbox.credentials.organisations;
    const template = await send(sandbox, 'POST', '/v1/referrals', referrer.contactToken, referralBody(receiver.id, 0));
    await sandbox.close();
    fill(dbFile, template.id);

    sandbox = await startSandbox(options);
    const timings = [];
    for (let n = 1; n <= erasures; n++) {
      const referral = await send(
        sandbox,
        'POST',
        '/v1/referrals',
        referrer.contactToken,
        referralBody(receiver.id, n),
      );
      const messages = `/v1/referrals/${referral.id}/messages`;
      await send(sandbox, 'POST', messages, receiver.contactToken, { body: `We will call victim ${n}` });
      await send(sandbox, 'POST', messages, referrer.contactToken, { body: `Victim ${n} prefers mornings` });
      const t0 = performance.now();
      await send(sandbox, 'POST', `/v1/referrals/${referral.id}/transitions`, referrer.contactToken, {
        to: 'withdrawn-consent',
      });
      timings.push(performance.now() - t0);
    }
    await sandbox.close();
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)];
    const megabytes = statSync(dbFile).size / 2 ** 20;
    console.log(
      `erasure (consent withdrawal) on a file store of ${storeSize} referrals (${megabytes.toFixed(0)} MiB):`,
    );
    console.log(`  median ${median.toFixed(2)} ms   max ${timings.at(-1).toFixed(2)} ms   (${erasures} erasures)`);
    rows.push({
      name: `one erasure, file store of ${storeSize} referrals`,
      value: median,
      unit: 'ms',
      notes: `median of ${erasures} consent withdrawals over HTTP: referral, events, 2 messages, secure_delete, WAL truncate`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
