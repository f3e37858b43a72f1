/** Every answer that can hold victim data says `Cache-Control: no-store`, so no cache keeps it. */
import { sealed } from '../fixtures.js';
import type { CheckGroup } from '../runner.js';
import { expectNoStore, expectStatus } from './expect.js';

export const cacheHeaders: CheckGroup = {
  id: 'cache-headers',
  title: 'Cache headers on victim data',
  async run({ session, check }) {
    const { wire, parties } = session;
    const credential = parties.host.contactToken;
    const partner = parties.partner.contactToken;
    let id: string | undefined;

    await check('a created referral is answered with no-store', async () => {
      const answer = await wire('POST', '/v1/referrals', { credential, body: await session.sealedReferralBody() });
      expectStatus(answer, 201);
      session.track(answer.body.id);
      id = answer.body.id;
      expectNoStore(answer, 'POST /v1/referrals');
    });
    if (id === undefined) return;
    const base = `/v1/referrals/${id}`;

    await check('a referral, the inbox and the outbox are answered with no-store', async () => {
      expectNoStore(await wire('GET', base, { credential: partner }), `GET ${base}`);
      expectNoStore(
        await wire('GET', '/v1/referrals?box=inbox', { credential: partner }),
        'GET /v1/referrals?box=inbox',
      );
      expectNoStore(await wire('GET', '/v1/referrals?box=outbox', { credential }), 'GET /v1/referrals?box=outbox');
    });

    await check("a referral's messages, posted and listed, are answered with no-store", async () => {
      const message = await sealed(
        'message',
        { body: 'Conformance check: cache headers.' },
        await session.hostToPartnerKeys(),
      );
      const posted = await wire('POST', `${base}/messages`, { credential, body: message });
      expectStatus(posted, 201);
      expectNoStore(posted, `POST ${base}/messages`);
      expectNoStore(await wire('GET', `${base}/messages`, { credential: partner }), `GET ${base}/messages`);
    });

    await check("a referral's audit trail and a transition's answer are answered with no-store", async () => {
      expectNoStore(await wire('GET', `${base}/events`, { credential: partner }), `GET ${base}/events`);
      const moved = await wire('POST', `${base}/transitions`, { credential: partner, body: { to: 'received' } });
      expectStatus(moved, 200);
      expectNoStore(moved, `POST ${base}/transitions`);
    });
  },
};
