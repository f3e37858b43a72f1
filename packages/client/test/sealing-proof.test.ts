/**
 * The proof of sealing, against the sandbox started as a member starts it (the built CLI on a file
 * store): after sealed referrals and messages whose victim name is a unique marker, the marker is
 * in no file of the store (database, WAL, shared memory) and in no line the server logged, and the
 * receiving point of contact's `open` gives it back exactly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SandboxCredentials, SandboxOrganisationCredentials } from '@victim-referral/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createReferralClient } from '../src/index.js';
import { referralBody } from './support.js';

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@victim-referral/sandbox/package.json')),
  'dist/cli.js',
);
const dir = mkdtempSync(join(tmpdir(), 'sealing-proof-'));
const dbFile = join(dir, 'store.db');
const credentialsFile = join(dir, 'credentials.json');
const logged = { stdout: '', stderr: '' };
let server: ChildProcess;
let url = '';

beforeAll(async () => {
  server = spawn(process.execPath, [cli, '--port', '0', '--db', dbFile, '--credentials-out', credentialsFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    logged.stderr += chunk.toString();
  });
  url = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      logged.stdout += chunk.toString();
      const listening = /listening on (http:\/\/\S+)\/v1/.exec(logged.stdout);
      if (listening?.[1] && logged.stdout.includes('credentials:')) resolve(listening[1]);
    });
    server.once('exit', (code) => reject(new Error(`The sandbox exited with ${code}: ${logged.stderr}`)));
  });
});
afterAll(() => {
  server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function storeFiles(): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${dbFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}

const contactOf = (organisation: SandboxOrganisationCredentials) =>
  createReferralClient({
    baseUrl: url,
    auth: { token: organisation.contactToken },
    sealing: { organisationId: organisation.id, privateKeys: organisation.privateKeys },
  });

describe('sealed referrals and messages', () => {
  test('leave the marker in no file of the store and no log line; the receiver opens it exactly', async () => {
    const { organisations } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as SandboxCredentials;
    const [referrer, receiver] = organisations as [SandboxOrganisationCredentials, SandboxOrganisationCredentials];
    const marker = `Marker-${crypto.randomUUID()}`;
    const body = referralBody(`Case of ${marker}`, { receivingOrganisationId: receiver.id });

    const created = await contactOf(referrer).referrals.create({ ...body, victim: { ...body.victim, name: marker } });
    await contactOf(receiver).messages.create(created.id, { body: `Called ${marker} back` });
    const { receivingOrganisationId: _receiver, status: _status, ...selfReferral } = body;
    const site = createReferralClient({
      baseUrl: url,
      auth: { publishableKey: receiver.publishableKey },
      sealing: { organisationId: receiver.id },
    });
    const self = await site.referrals.create({
      ...selfReferral,
      victim: { ...body.victim, name: marker },
      consent: { ...body.consent, method: 'electronic' },
    });

    expect(storeFiles()).not.toContain(marker);
    expect(`${logged.stdout}\n${logged.stderr}`).not.toContain(marker);

    const inbox = contactOf(receiver);
    expect((await inbox.referrals.open(await inbox.referrals.get(created.id))).victim?.name).toBe(marker);
    expect((await inbox.referrals.open(await inbox.referrals.get(self.id))).victim?.name).toBe(marker);
    const [message] = (await inbox.messages.list(created.id)).items;
    expect(message && (await inbox.messages.open(message)).body).toBe(`Called ${marker} back`);
  });
});
