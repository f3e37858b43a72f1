/** A write answered 2xx survives `kill -9` of the server when the store is a file. */
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/store/migrations.js';
import { cliStore, killed } from './support/cli.js';
import { call, referralBody } from './support/sandbox.js';
import { opened, sealedBody } from './support/sealing.js';

const store = cliStore('persistence');
afterAll(() => store.dispose());

describe('a file store', () => {
  it('keeps answered writes through kill -9 and a restart', async () => {
    const first = await store.start();
    const credentials = store.credentials();
    expect(credentials.baseUrl).toBe(first.url);
    const [referrer, receiver] = credentials.organisations;
    if (!referrer || !receiver) throw new Error('No seeded organisations');

    const created = await call(first.url, 'POST', '/v1/referrals', {
      token: referrer.contactToken,
      body: await sealedBody(
        'referral',
        referralBody({ receivingOrganisationId: receiver.id, caseSummary: 'Survives a crash' }),
        referrer,
        receiver,
      ),
    });
    expect(created.status).toBe(201);
    const message = await call(first.url, 'POST', `/v1/referrals/${created.body.id}/messages`, {
      token: receiver.contactToken,
      body: await sealedBody('message', { body: 'Written just before the crash' }, referrer, receiver),
    });
    expect(message.status).toBe(201);
    await killed(first.child);

    const second = await store.start();
    const restarted = store.credentials();
    expect(restarted.organisations).toEqual(credentials.organisations);
    const referral = await call(second.url, 'GET', `/v1/referrals/${created.body.id}`, {
      token: receiver.contactToken,
    });
    expect(referral.status).toBe(200);
    expect(referral.body).toEqual(created.body);
    const messages = await call(second.url, 'GET', `/v1/referrals/${created.body.id}/messages`, {
      token: referrer.contactToken,
    });
    const bodies = await Promise.all(
      messages.body.items.map(
        async (m: { sealed: unknown; body?: string }) => (await opened(m, referrer.privateKeys)).body,
      ),
    );
    expect(bodies).toEqual(['Written just before the crash']);
    await killed(second.child);

    const db = new DatabaseSync(store.dbFile, { readOnly: true });
    const versions = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .all()
      .map((r) => r.version);
    db.close();
    expect(versions).toEqual(migrations.map((m) => m.version));
  });
});
