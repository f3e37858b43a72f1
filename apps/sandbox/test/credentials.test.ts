/** Credentials are random per store, kept only as hashes, and shown once. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { migrations } from '../src/store/migrations.js';
import { killed, startCli } from './support/cli.js';
import { call } from './support/sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-credentials-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (dbFile: string) =>
  ['', '-wal', '-shm']
    .map((suffix) => `${dbFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');

describe('credentials', () => {
  it('are kept in the store only as hashes, also those of organisations added later', async () => {
    const dbFile = join(dir, 'hashes.db');
    const sandbox = await startSandbox({ db: dbFile, seed: { services: 10 } });
    try {
      const { adminToken, organisations } = sandbox.credentials;
      const added = await call(sandbox.url, 'POST', '/v1/organisations', {
        token: adminToken,
        body: { name: 'Hashed Only', country: 'MT', languages: ['en'], pointOfContact: { displayName: 'Rita' } },
      });
      expect(added.status).toBe(201);
      const privateParts = organisations.flatMap((o) => o.privateKeys.map((key) => key.d));
      expect(privateParts).toHaveLength(organisations.length);
      const secrets = [
        adminToken,
        ...organisations.flatMap((o) => [o.publishableKey, o.contactToken]),
        ...privateParts,
        added.body.credentials.publishableKey,
        added.body.credentials.contactToken,
      ];
      const stored = bytesOf(dbFile);
      expect(secrets.filter((secret) => stored.includes(secret))).toEqual([]);
      // The tokens are not even derivable from anything in the store: nothing shorter is there either.
      expect(secrets.filter((secret) => stored.includes(secret.slice(3, 19)))).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('cannot be read again from a store opened without the file written when it was created', async () => {
    const dbFile = join(dir, 'reopened.db');
    const credentialsFile = join(dir, 'reopened.json');
    const first = await startSandbox({ db: dbFile, seed: { services: 10 }, credentialsFile });
    const token = first.credentials.organisations[0]?.contactToken;
    await first.close();
    const without = await startSandbox({ db: dbFile });
    expect(without.created).toBe(false);
    expect(() => without.credentials).toThrow(/shown once/);
    await without.close();
    const withFile = await startSandbox({ db: dbFile, credentialsFile });
    expect(withFile.credentials.organisations[0]?.contactToken).toBe(token);
    expect(withFile.credentials.baseUrl).toBe(withFile.url);
    expect((await call(withFile.url, 'GET', '/v1/referrals', { token })).status).toBe(200);
    await withFile.close();
  });

  it('of a store made before they were hashed keep working, hashed in place', async () => {
    const dbFile = join(dir, 'older.db');
    const older = new DatabaseSync(dbFile);
    older.exec('PRAGMA journal_mode = WAL');
    older.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const migration of migrations.filter((m) => m.version < 10)) {
      older.exec(migration.sql);
      older.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    const token = 'adm_stored-in-clear-by-an-older-sandbox';
    older
      .prepare("INSERT INTO credentials (token, kind, allowed_origins) VALUES (?, 'admin-token', '[\"*\"]')")
      .run(token);
    older.close();
    const sandbox = await startSandbox({ db: dbFile, seed: false });
    try {
      const added = await call(sandbox.url, 'POST', '/v1/organisations', {
        token,
        body: { name: 'Older Store', country: 'MT', languages: ['en'], pointOfContact: { displayName: 'Rita' } },
      });
      expect(added.status).toBe(201);
      expect(bytesOf(dbFile)).not.toContain(token);
    } finally {
      await sandbox.close();
    }
  });

  it('warns on stderr when the server listens beyond this machine', async () => {
    const local = await startCli(['--db', ':memory:', '--seed-services', '10']);
    await local.printed('stdout', /contact token\s+ct_/);
    expect(local.output.stdout).toMatch(/admin token\s+adm_/);
    await killed(local.child);
    expect(local.output.stderr).not.toMatch(/test server/);
    const open = await startCli(['--db', ':memory:', '--seed-services', '10', '--host', '0.0.0.0']);
    await open.printed('stderr', /WARNING: listening on 0\.0\.0\.0.*This is a test server/);
    await killed(open.child);
  });
});
