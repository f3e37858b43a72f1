/**
 * The authorisation matrix: an organisation sees only the referrals it is a party to (404, never
 * 403, for another's: no existence leak), and each kind of credential only its own endpoints.
 */
import { expectThat } from '../check.js';
import { referralBody } from '../fixtures.js';
import type { CheckGroup } from '../runner.js';
import { expectProblem } from './expect.js';

export const authorisation: CheckGroup = {
  id: 'authorisation',
  title: 'Authorisation matrix',
  async run({ session, check, skip }) {
    const { wire, parties } = session;
    const partner = parties.partner.contactToken;
    const publishable = parties.host.publishableKey;
    let foreignId: string | undefined;

    await check("a self-referral is created with the host's publishable key", async () => {
      const referral = await session.hostPublic.referrals.create(referralBody(undefined));
      session.track(referral.id);
      foreignId = referral.id;
    });

    await check("another organisation's referral answers 404 not-found, not 403", async () => {
      expectThat(foreignId, 'a referral of the host', 'none (its create failed)');
      expectProblem(await wire('GET', `/v1/referrals/${foreignId}`, { credential: partner }), 404, 'not-found');
    });

    await check("another organisation's referral cannot be moved, messaged or audited: each answers 404", async () => {
      expectThat(foreignId, 'a referral of the host', 'none (its create failed)');
      const base = `/v1/referrals/${foreignId}`;
      expectProblem(await wire('POST', `${base}/transitions`, { credential: partner, body: { to: 'accepted' } }), 404);
      expectProblem(await wire('GET', `${base}/messages`, { credential: partner }), 404);
      expectProblem(await wire('POST', `${base}/messages`, { credential: partner, body: { body: 'x' } }), 404);
      expectProblem(await wire('GET', `${base}/events`, { credential: partner }), 404);
    });

    await check('a publishable key cannot list or read referrals: 403 forbidden', async () => {
      expectProblem(await wire('GET', '/v1/referrals', { credential: publishable }), 403, 'forbidden');
      const id = foreignId ?? crypto.randomUUID();
      expectProblem(await wire('GET', `/v1/referrals/${id}`, { credential: publishable }), 403, 'forbidden');
    });

    await check('a publishable key cannot subscribe to webhooks: 403 forbidden', async () => {
      const body = { url: 'https://member.example/webhooks', events: ['referral.received'] };
      expectProblem(await wire('POST', '/v1/webhooks', { credential: publishable, body }), 403, 'forbidden');
    });

    await check('a contact token cannot create an organisation: 403 forbidden', async () => {
      const body = { name: 'Not allowed', country: 'PT' };
      expectProblem(await wire('POST', '/v1/organisations', { credential: partner, body }), 403, 'forbidden');
    });

    await check('a referral endpoint without a credential answers 401 with WWW-Authenticate', async () => {
      const answer = await wire('GET', '/v1/referrals');
      expectProblem(answer, 401, 'unauthenticated');
      const challenge = answer.headers.get('www-authenticate') ?? '';
      expectThat(/^Bearer/i.test(challenge), 'WWW-Authenticate: Bearer', challenge || 'no WWW-Authenticate', answer);
    });

    await check('an unknown credential answers 401 unauthenticated', async () => {
      const answer = await wire('GET', '/v1/referrals', {
        credential: `ct_${crypto.randomUUID().replaceAll('-', '')}`,
      });
      expectProblem(answer, 401, 'unauthenticated');
    });

    const partnerService = (await session.partner.services.search({ organisation: parties.partner.id, limit: 1 }))
      .items[0];
    if (partnerService) {
      await check("a contact token cannot change another organisation's service: 404 not-found", async () => {
        const answer = await wire('PATCH', `/v1/services/${partnerService.id}`, {
          credential: parties.host.contactToken,
          body: { acceptingReferrals: partnerService.acceptingReferrals ?? true },
        });
        expectProblem(answer, 404, 'not-found');
      });
    } else {
      skip("a contact token cannot change another organisation's service", 'the partner lists no service');
    }

    const adminToken = session.adminToken;
    if (adminToken) {
      await check('the admin token cannot read referrals: 403 forbidden', async () => {
        expectProblem(await wire('GET', '/v1/referrals', { credential: adminToken }), 403, 'forbidden');
      });
    } else {
      skip('the admin token cannot read referrals', 'no adminToken in the credentials file (sandbox only)');
    }
  },
};
