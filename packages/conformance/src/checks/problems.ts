/** Bad input gets an RFC 9457 problem (`application/problem+json`) that names what is wrong. */
import type { CheckGroup } from '../runner.js';
import { expectFieldError, expectProblem } from './expect.js';

/** Larger than any sensible limit for a referral (the sandbox's is 256 KiB). */
const oversizedBytes = 1024 * 1024;

export const problems: CheckGroup = {
  id: 'problems',
  title: 'Problem details for bad input',
  async run({ session, check }) {
    const { wire, parties } = session;
    const credential = parties.host.contactToken;
    const json = { 'Content-Type': 'application/json' };

    await check('malformed JSON is refused with 400 malformed-json', async () => {
      const answer = await wire('POST', '/v1/referrals', { credential, rawBody: '{"status": ', headers: json });
      expectProblem(answer, 400, 'malformed-json');
    });

    await check(`a body of ${oversizedBytes / 1024 / 1024} MiB is refused with 413 payload-too-large`, async () => {
      const rawBody = JSON.stringify({ caseSummary: 'x'.repeat(oversizedBytes) });
      const answer = await wire('POST', '/v1/referrals', { credential, rawBody, headers: json });
      expectProblem(answer, 413, 'payload-too-large');
    });

    await check('a body sent as text/plain is refused with 415 unsupported-media-type', async () => {
      const rawBody = JSON.stringify(await session.sealedReferralBody());
      const answer = await wire('POST', '/v1/referrals', {
        credential,
        rawBody,
        headers: { 'Content-Type': 'text/plain' },
      });
      expectProblem(answer, 415, 'unsupported-media-type');
    });

    await check('a field of the wrong type is refused with 400 validation-failed naming its path', async () => {
      const body = { ...(await session.sealedReferralBody()), priority: 42 };
      const answer = await wire('POST', '/v1/referrals', { credential, body });
      expectProblem(answer, 400, 'validation-failed');
      expectFieldError(answer, '/priority');
    });

    await check('an unknown field is refused with 400 validation-failed naming it', async () => {
      const body = { ...(await session.sealedReferralBody()), favouriteColour: 'red' };
      const answer = await wire('POST', '/v1/referrals', { credential, body });
      expectProblem(answer, 400, 'validation-failed');
      expectFieldError(answer, '/favouriteColour');
    });

    await check('a query parameter of the wrong type is refused with 400 naming it', async () => {
      const answer = await wire('GET', '/v1/services?freeOfCharge=yes', { credential });
      expectProblem(answer, 400, 'validation-failed');
      expectFieldError(answer, '/freeOfCharge');
    });

    await check('a transition to an unknown status is refused with 400 naming /to', async () => {
      const answer = await wire('POST', `/v1/referrals/${crypto.randomUUID()}/transitions`, {
        credential,
        body: { to: 'teleported' },
      });
      expectProblem(answer, 400, 'validation-failed');
      expectFieldError(answer, '/to');
    });

    await check('an unknown endpoint answers 404 not-found', async () => {
      expectProblem(await wire('GET', '/v1/no-such-endpoint', { credential }), 404, 'not-found');
    });
  },
};
