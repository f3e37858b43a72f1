/**
 * The victim's follow-up secrets: shown once in a self-referral's create answer, they read a
 * victim-safe view and withdraw consent; wrong ones learn nothing, and too many lock the reference.
 */
import { FollowUpView, idempotencyKeyHeader } from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import { referralBody, sealed } from '../fixtures.js';
import type { Json, WireAnswer } from '../http.js';
import type { CheckGroup } from '../runner.js';
import { expectProblem, expectStatus } from './expect.js';

/** The wrong secrets after which a reference is locked. */
const lockoutAfter = 10;

const randomSecret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url');
/** A reference in the protocol's format that no server has issued (made of the allowed characters at random). */
const unknownReference = () => {
  const letters = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = () => Array.from({ length: 4 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  return `VR-${pick()}-${pick()}`;
};
/** An answer's body without what differs between any two answers. */
const comparable = (answer: WireAnswer): Json => ({ ...answer.body, requestId: undefined, instance: undefined });

export const followUp: CheckGroup = {
  id: 'follow-up',
  title: 'Follow-up secrets',
  async run({ session, check }) {
    const { wire, parties } = session;
    const publishable = parties.host.publishableKey;
    const key = crypto.randomUUID();
    let body: unknown;
    let secrets: { reference: string; secret: string } | undefined;
    const needSecrets = () => {
      expectThat(secrets, "the self-referral's follow-up secrets", 'none (its create failed)');
      return secrets;
    };
    const ask = (path: string, credential: string, request: unknown) =>
      wire('POST', path, { credential, body: request });

    await check("a self-referral's create answers its follow-up reference and secret", async () => {
      body = await sealed('referral', referralBody(undefined), await session.keysOf(parties.host.id));
      const answer = await wire('POST', '/v1/referrals', {
        credential: publishable,
        body,
        headers: { [idempotencyKeyHeader]: key },
      });
      expectStatus(answer, 201);
      session.track(answer.body.id);
      const given = answer.body.followUp;
      expectThat(
        given?.reference === answer.body.reference,
        "followUp.reference, the referral's",
        JSON.stringify(given?.reference),
        answer,
      );
      expectThat(
        typeof given?.secret === 'string' && given.secret.length >= 22,
        'a secret of 128 bits or more',
        JSON.stringify(given?.secret),
        answer,
      );
      secrets = { reference: given.reference, secret: given.secret };
    });

    await check('a replay of the create never shows the secret again', async () => {
      needSecrets();
      const replay = await wire('POST', '/v1/referrals', {
        credential: publishable,
        body,
        headers: { [idempotencyKeyHeader]: key },
      });
      expectThat(replay.status < 300, 'a success answer', `${replay.status}`, replay);
      expectThat(replay.body?.followUp?.secret === undefined, 'no followUp.secret', 'the secret again', replay);
    });

    await check('the reference and secret read a victim-safe view, and nothing more', async () => {
      const answer = await ask('/v1/follow-up', publishable, needSecrets());
      expectStatus(answer, 200);
      expectThat(
        FollowUpView.safeParse(answer.body).success,
        'a FollowUpView',
        JSON.stringify(answer.body).slice(0, 200),
        answer,
      );
      const extra = Object.keys(answer.body).filter((field) => !(field in FollowUpView.shape));
      expectThat(extra.length === 0, 'only the fields of the view', `also ${extra.join(', ')}`, answer);
    });

    await check(
      "a wrong secret, an unknown reference and another member's key get the same 404 not-found",
      async () => {
        const { reference, secret } = needSecrets();
        const wrongSecret = await ask('/v1/follow-up', publishable, { reference, secret: randomSecret() });
        expectProblem(wrongSecret, 404, 'not-found');
        const unknown = await ask('/v1/follow-up', publishable, { reference: unknownReference(), secret });
        expectProblem(unknown, 404, 'not-found');
        expectThat(
          JSON.stringify(comparable(unknown)) === JSON.stringify(comparable(wrongSecret)),
          'the same body for both',
          `${JSON.stringify(comparable(wrongSecret))} and ${JSON.stringify(comparable(unknown))}`,
          unknown,
        );
        const otherKey = parties.partner.publishableKey;
        if (otherKey !== undefined)
          expectProblem(await ask('/v1/follow-up', otherKey, { reference, secret }), 404, 'not-found');
      },
    );

    await check('the victim withdraws consent with the secret: withdrawn-consent', async () => {
      const answer = await ask('/v1/follow-up/withdraw-consent', publishable, needSecrets());
      expectStatus(answer, 200);
      expectThat(
        answer.body?.status === 'withdrawn-consent',
        'status withdrawn-consent',
        String(answer.body?.status),
        answer,
      );
    });

    await check(
      `${lockoutAfter} wrong secrets lock the reference: the right one then answers 429 with Retry-After`,
      async () => {
        const { reference, secret } = needSecrets();
        for (let attempt = 0; attempt < lockoutAfter; attempt++) {
          await ask('/v1/follow-up', publishable, { reference, secret: randomSecret() });
        }
        const locked = await ask('/v1/follow-up', publishable, { reference, secret });
        expectProblem(locked, 429, 'rate-limited');
        expectThat(locked.headers.get('retry-after'), 'a Retry-After header', 'none', locked);
      },
    );
  },
};
