/** `--retention-days`: a closed case keeps the victim's personal data that long, and no longer. */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SandboxCredentials } from '../src/index.js';
import { killed, startCli } from './support/cli.js';
import { call, referralBody } from './support/sandbox.js';
import { opened, sealedBody } from './support/sealing.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-retention-'));
const dbFile = join(dir, 'sandbox.db');
const credentialsFile = join(dir, 'credentials.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const storeBytes = () =>
  ['', '-wal', '-shm']
    .map((suffix) => `${dbFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');

describe('the retention of closed cases', () => {
  it('erases the personal data of cases closed longer ago than --retention-days, and only those', async () => {
    const first = await startCli(['--db', dbFile, '--credentials-out', credentialsFile]);
    const { organisations } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as SandboxCredentials;
    const [referrer, receiver] = organisations;
    if (!referrer || !receiver) throw new Error('No seeded organisations');
    const summaries = { closed: `Closed case ${randomUUID()}`, open: `Open case ${randomUUID()}` };
    // Sealed to both points of contact: the store holds the ciphertext, which retention erases.
    const create = async (caseSummary: string) =>
      call(first.url, 'POST', '/v1/referrals', {
        token: referrer.contactToken,
        body: await sealedBody(
          'referral',
          referralBody({ receivingOrganisationId: receiver.id, caseSummary }),
          referrer,
          receiver,
        ),
      });
    const closedReply = await create(summaries.closed);
    const closed = closedReply.body.id;
    const closedCiphertext: string = closedReply.body.sealed.ciphertext;
    const open = (await create(summaries.open)).body.id;
    const declined = await call(first.url, 'POST', `/v1/referrals/${closed}/transitions`, {
      token: receiver.contactToken,
      body: { to: 'declined', reasonCode: 'no-capacity', reason: 'No capacity this month' },
    });
    expect(declined.status).toBe(200);
    await killed(first.child);

    // The default keeps a case closed a moment ago.
    const kept = await startCli(['--db', dbFile, '--credentials-out', credentialsFile]);
    const keptCase = await call(kept.url, 'GET', `/v1/referrals/${closed}`, { token: referrer.contactToken });
    expect((await opened(keptCase.body, receiver.privateKeys)).caseSummary).toBe(summaries.closed);
    await killed(kept.child);

    const sweeping = await startCli(['--db', dbFile, '--credentials-out', credentialsFile, '--retention-days', '0']);
    const get = (id: string, what = '') =>
      call(sweeping.url, 'GET', `/v1/referrals/${id}${what}`, { token: referrer.contactToken });
    const erased = (await get(closed)).body;
    expect(erased).toMatchObject({ status: 'declined', victim: null, caseSummary: null });
    expect(erased).not.toHaveProperty('statusReason');
    expect(erased).not.toHaveProperty('sealed');
    const events = (await get(closed, '/events')).body.items;
    expect(events.at(-1)).toMatchObject({ type: 'personal-data-erased', actor: { role: 'system' } });
    expect((await opened((await get(open)).body, referrer.privateKeys)).caseSummary).toBe(summaries.open);
    expect(storeBytes()).not.toContain(closedCiphertext);
    expect(storeBytes()).not.toContain('No capacity this month');
    await killed(sweeping.child);
  });

  it('refuses a retention that is not a whole number of days', async () => {
    await expect(startCli(['--db', ':memory:', '--retention-days', '1e1'])).rejects.toThrow(/Invalid --retention-days/);
  });
});
