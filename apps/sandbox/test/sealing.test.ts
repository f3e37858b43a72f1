/**
 * Sealed referrals: organisations publish keys, senders seal the personal fields to both points
 * of contact, and the server stores and forwards ciphertext. It refuses personal fields in clear
 * for an organisation that publishes keys (`sealing-required`), and clear beside sealed copies.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEncryptionKeyPair } from '@victim-referral/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { referralBody, useSandbox } from './support/sandbox.js';
import { opened, sealedBody } from './support/sealing.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-sealing-'));
const dbFile = join(dir, 'store.db');
const t = useSandbox({ db: dbFile, seed: { encryptionKeys: true } });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const referrer = () => t.org(20);
const receiver = () => t.org(21);

function storeBytes(): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${dbFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}

const sealedReferral = async (overrides = {}) =>
  sealedBody(
    'referral',
    referralBody({ receivingOrganisationId: receiver().id, ...overrides }),
    referrer(),
    receiver(),
  );

const create = (body: unknown, token = referrer().contactToken) => t.request('POST', '/v1/referrals', { token, body });

describe('the directory', () => {
  it("publishes every organisation's public key, never a private part", async () => {
    const reply = await t.request('GET', `/v1/organisations/${receiver().id}`, { token: t.admin });
    const [key] = receiver().privateKeys;
    expect(reply.body.encryptionKeys).toEqual([
      { kty: 'EC', crv: 'P-256', x: key?.x, y: key?.y, kid: key?.kid, use: 'enc', alg: 'ECDH-ES+A256KW' },
    ]);
  });
});

describe('a sealed referral', () => {
  it('is stored and answered as ciphertext both points of contact open', async () => {
    const body = await sealedReferral();
    const created = await create(body);
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('victim');
    expect(created.body).not.toHaveProperty('caseSummary');
    expect(created.body.sealed).toEqual(body.sealed);
    const received = await t.request('GET', `/v1/referrals/${created.body.id}`, { token: receiver().contactToken });
    const clear = referralBody();
    for (const party of [receiver(), referrer()]) {
      const openedReferral = await opened(received.body, party.privateKeys);
      expect(openedReferral).toMatchObject({ victim: clear.victim, caseSummary: clear.caseSummary });
    }
  });

  it('is refused with personal fields in clear, naming each (422 sealing-required)', async () => {
    const reply = await create(
      referralBody({
        receivingOrganisationId: receiver().id,
        needs: { assistance: ['information'], victimTypes: ['violent-crime'], notes: 'Told us in confidence' },
      }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('sealing-required');
    expect(reply.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      '/caseSummary',
      '/needs/notes',
      '/victim',
    ]);
  });

  it('is refused with a clear copy beside the sealed one', async () => {
    const body = { ...(await sealedReferral()), victim: referralBody().victim };
    const reply = await create(body);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: '/victim' })]);
  });

  it("is required of a victim's self-referral too (publishable key): the form seals in the browser", async () => {
    const { receivingOrganisationId: _receiver, ...selfReferral } = referralBody();
    const clear = await create(selfReferral, receiver().publishableKey);
    expect(clear.status).toBe(422);
    expect(clear.body.code).toBe('sealing-required');
    const sealed = await create(await sealedBody('referral', selfReferral, receiver()), receiver().publishableKey);
    expect(sealed.status).toBe(201);
  });

  it('refuses a clear draft being sent to an organisation that publishes keys', async () => {
    const other = t.org(22);
    const { publicKey } = await generateEncryptionKeyPair({ kid: 'rotating-later' });
    await t.request('DELETE', `/v1/organisations/${other.id}/keys/${other.privateKeys[0]?.kid}`, {
      token: other.contactToken,
    });
    const draft = await create(referralBody({ receivingOrganisationId: other.id, status: 'draft' }));
    expect(draft.status).toBe(201);
    const published = await t.request('POST', `/v1/organisations/${other.id}/keys`, {
      token: other.contactToken,
      body: publicKey,
    });
    expect(published.status).toBe(201);
    const sent = await t.request('POST', `/v1/referrals/${draft.body.id}/transitions`, {
      token: referrer().contactToken,
      body: { to: 'sent' },
    });
    expect(sent.status).toBe(422);
    expect(sent.body.code).toBe('sealing-required');
  });
});

describe('messages', () => {
  it('are sealed too: a clear body is refused, a sealed one kept as ciphertext', async () => {
    const id = (await create(await sealedReferral())).body.id;
    const path = `/v1/referrals/${id}/messages`;
    const clear = await t.request('POST', path, { token: receiver().contactToken, body: { body: 'Called her' } });
    expect(clear.status).toBe(422);
    expect(clear.body.errors).toEqual([expect.objectContaining({ path: '/body', code: 'sealing-required' })]);
    const sealed = await sealedBody('message', { body: 'Called her' }, referrer(), receiver());
    const posted = await t.request('POST', path, { token: receiver().contactToken, body: sealed });
    expect(posted.status).toBe(201);
    expect(posted.body).not.toHaveProperty('body');
    const list = await t.request('GET', path, { token: referrer().contactToken });
    expect((await opened(list.body.items[0], referrer().privateKeys)).body).toBe('Called her');
  });
});

describe('withdrawing consent', () => {
  it('deletes the sealed copies of the referral and its messages from every file of the store', async () => {
    const created = await create(await sealedReferral());
    const id: string = created.body.id;
    const message = await t.request('POST', `/v1/referrals/${id}/messages`, {
      token: referrer().contactToken,
      body: await sealedBody('message', { body: 'Her new address' }, referrer(), receiver()),
    });
    const ciphertexts = [created.body.sealed.ciphertext, message.body.sealed.ciphertext];
    for (const ciphertext of ciphertexts) expect(storeBytes()).toContain(ciphertext);

    const withdrawn = await t.request('POST', `/v1/referrals/${id}/transitions`, {
      token: referrer().contactToken,
      body: { to: 'withdrawn-consent' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ victim: null, caseSummary: null });
    expect(withdrawn.body).not.toHaveProperty('sealed');
    const messages = await t.request('GET', `/v1/referrals/${id}/messages`, { token: receiver().contactToken });
    expect(messages.body.items).toEqual([expect.objectContaining({ body: null, erasedAt: expect.any(String) })]);
    expect(messages.body.items[0]).not.toHaveProperty('sealed');
    for (const ciphertext of ciphertexts) expect(storeBytes()).not.toContain(ciphertext);
  });
});

describe("an organisation's keys", () => {
  it('are published and retired by its own point of contact', async () => {
    const organisation = t.org(23);
    const keysPath = `/v1/organisations/${organisation.id}/keys`;
    const { publicKey } = await generateEncryptionKeyPair({ kid: 'next-2027' });
    const published = await t.request('POST', keysPath, { token: organisation.contactToken, body: publicKey });
    expect(published.status).toBe(201);
    expect(published.body.encryptionKeys.map((key: { kid: string }) => key.kid)).toEqual([
      organisation.privateKeys[0]?.kid,
      'next-2027',
    ]);
    const again = await t.request('POST', keysPath, { token: organisation.contactToken, body: publicKey });
    expect(again.status).toBe(409);
    const privatePart = await t.request('POST', keysPath, {
      token: organisation.contactToken,
      body: { ...publicKey, kid: 'with-private-part', d: 'AAAA' },
    });
    expect(privatePart.status).toBe(400);
    expect(privatePart.body.errors).toEqual([expect.objectContaining({ path: '/d' })]);

    const retired = await t.request('DELETE', `${keysPath}/${organisation.privateKeys[0]?.kid}`, {
      token: organisation.contactToken,
    });
    expect(retired.status).toBe(204);
    const after = await t.request('GET', `/v1/organisations/${organisation.id}`, { token: t.admin });
    expect(after.body.encryptionKeys.map((key: { kid: string }) => key.kid)).toEqual(['next-2027']);
    const unknown = await t.request('DELETE', `${keysPath}/never-published`, { token: organisation.contactToken });
    expect(unknown.status).toBe(404);
  });

  it('leave the organisation receiving in clear once all are retired', async () => {
    const organisation = t.org(24);
    const retired = await t.request(
      'DELETE',
      `/v1/organisations/${organisation.id}/keys/${organisation.privateKeys[0]?.kid}`,
      { token: organisation.contactToken },
    );
    expect(retired.status).toBe(204);
    const after = await t.request('GET', `/v1/organisations/${organisation.id}`, { token: t.admin });
    expect(after.body).not.toHaveProperty('encryptionKeys');
    const clear = await create(referralBody({ receivingOrganisationId: organisation.id }));
    expect(clear.status).toBe(201);
  });
});

describe('the seed', () => {
  it('seals its referrals and messages to both points of contact', async () => {
    const list = await t.request('GET', '/v1/referrals?box=inbox&limit=100', { token: t.org(0).contactToken });
    const professional = list.body.items.filter(
      (referral: { kind: string; erasedAt?: string }) => referral.kind === 'professional' && !referral.erasedAt,
    );
    expect(professional.length).toBeGreaterThan(0);
    for (const referral of professional) {
      expect(referral).not.toHaveProperty('victim');
      const openedReferral = await opened(referral, t.org(0).privateKeys);
      expect(openedReferral).toMatchObject({ victim: { name: expect.any(String) }, caseSummary: expect.any(String) });
    }
  });
});
