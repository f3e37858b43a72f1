/**
 * The client on a sandbox whose organisations publish keys: clear personal fields are sealed
 * before they leave, the server answers ciphertext, and each point of contact opens it with its
 * private keys from the credentials file. The main entry loads jose only when it seals or opens.
 */
import { type Sandbox, type SandboxOrganisationCredentials, startSandbox } from '@victim-referral/sandbox';
import { generateEncryptionKeyPair } from '@victim-referral/schemas';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createReferralClient, type ReferralClient } from '../src/index.js';
import { SealedDataError } from '../src/sealing/index.js';
import { marker, referralBody } from './support.js';

let sandbox: Sandbox;
let alpha: SandboxOrganisationCredentials;
let beta: SandboxOrganisationCredentials;
let gamma: SandboxOrganisationCredentials;

/** A point of contact's client: its contact token, and its organisation's keys for sealing and opening. */
const contactOf = (organisation: SandboxOrganisationCredentials): ReferralClient =>
  createReferralClient({
    baseUrl: sandbox.url,
    auth: { token: organisation.contactToken },
    sealing: { organisationId: organisation.id, privateKeys: organisation.privateKeys },
  });

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: { services: 20 } });
  [alpha, beta, gamma] = sandbox.credentials.organisations as [
    SandboxOrganisationCredentials,
    SandboxOrganisationCredentials,
    SandboxOrganisationCredentials,
  ];
});
afterAll(() => sandbox.close());

function bodyFor(name: string, receiver: SandboxOrganisationCredentials, refersOnward = false) {
  const body = referralBody(marker('summary'), { receivingOrganisationId: receiver.id });
  const purposes = refersOnward ? [...body.consent.purposes, 'refer-onward' as const] : body.consent.purposes;
  return { ...body, victim: { ...body.victim, name }, consent: { ...body.consent, purposes } };
}

describe('referrals.create', () => {
  test('seals clear personal fields to the receiver and the sender, who both open them exactly', async () => {
    const name = marker('Ana');
    const body = bodyFor(name, beta);
    const created = await contactOf(alpha).referrals.create(body);
    expect(created).not.toHaveProperty('victim');
    expect(created).not.toHaveProperty('caseSummary');
    expect(created.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual([
      beta.privateKeys[0]?.kid,
      alpha.privateKeys[0]?.kid,
    ]);
    const received = await contactOf(beta).referrals.get(created.id);
    const opened = await contactOf(beta).referrals.open(received);
    expect(opened.victim?.name).toBe(name);
    expect(opened).toMatchObject({ caseSummary: body.caseSummary, needs: body.needs, status: 'sent' });
    expect((await contactOf(alpha).referrals.open(created)).victim?.name).toBe(name);
  });

  test("seals a victim's self-referral to the member's own keys", async () => {
    const { receivingOrganisationId: _receiver, status: _status, ...selfReferral } = bodyFor(marker('Self'), alpha);
    const site = createReferralClient({
      baseUrl: sandbox.url,
      auth: { publishableKey: alpha.publishableKey },
      sealing: { organisationId: alpha.id },
    });
    const created = await site.referrals.create({
      ...selfReferral,
      consent: { ...selfReferral.consent, method: 'electronic' },
    });
    expect(created.sealed).toBeDefined();
    const opened = await contactOf(alpha).referrals.open(await contactOf(alpha).referrals.get(created.id));
    expect(opened.victim?.name).toBe(selfReferral.victim.name);
  });
});

describe('referrals.open', () => {
  test('throws the typed SealedDataError, naming kids only, for an organisation the case is not sealed to', async () => {
    const created = await contactOf(alpha).referrals.create(bodyFor(marker('Private'), beta));
    const error = await contactOf(gamma)
      .referrals.open(created)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SealedDataError);
    expect((error as SealedDataError).reason).toBe('no-matching-key');
    expect((error as SealedDataError).availableKids).toEqual([gamma.privateKeys[0]?.kid]);
    expect(String((error as Error).message)).not.toContain(gamma.privateKeys[0]?.d);
  });
});

describe('messages', () => {
  test('are sealed to both organisations and opened by either', async () => {
    const created = await contactOf(alpha).referrals.create(bodyFor(marker('Msg'), beta));
    const text = marker('Her safe time is after 6 pm');
    const posted = await contactOf(beta).messages.create(created.id, { body: text });
    expect(posted).not.toHaveProperty('body');
    const [listed] = (await contactOf(alpha).messages.list(created.id)).items;
    if (!listed) throw new Error('no message');
    expect((await contactOf(alpha).messages.open(listed)).body).toBe(text);
  });
});

describe('referrals.forward', () => {
  test('opens the sealed case and seals it again for the new receiver', async () => {
    const name = marker('Onward');
    const { id } = await contactOf(alpha).referrals.create(bodyFor(name, beta, true));
    await contactOf(beta).referrals.accept(id);
    const onward = await contactOf(beta).referrals.forward(id, { to: gamma.id });
    expect(onward.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual([
      gamma.privateKeys[0]?.kid,
      beta.privateKeys[0]?.kid,
    ]);
    const opened = await contactOf(gamma).referrals.open(await contactOf(gamma).referrals.get(onward.id));
    expect(opened.victim?.name).toBe(name);
  });
});

describe('organisations.publishKey and retireKey', () => {
  test("manage the caller's own keys; new referrals are sealed to the keys published then", async () => {
    const delta = sandbox.credentials.organisations[3] as SandboxOrganisationCredentials;
    const client = contactOf(delta);
    const next = await generateEncryptionKeyPair({ kid: 'delta-next' });
    const published = await client.organisations.publishKey(delta.id, next.publicKey);
    expect(published.encryptionKeys?.map((key) => key.kid)).toEqual([delta.privateKeys[0]?.kid, 'delta-next']);
    await client.organisations.retireKey(delta.id, delta.privateKeys[0]?.kid as string);
    const created = await contactOf(alpha).referrals.create(bodyFor(marker('Rotated'), delta));
    expect(created.sealed?.recipients.map((recipient) => recipient.header.kid)).toEqual([
      'delta-next',
      alpha.privateKeys[0]?.kid,
    ]);
    expect((await client.referrals.open(created, [next.privateKey])).victim).toBeDefined();
  });
});

describe('the main entry', () => {
  test('loads jose only in a lazy chunk', async () => {
    const result = await build({
      entryPoints: [new URL('../dist/index.js', import.meta.url).pathname],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir: '/tmp/client-entry',
      external: ['zod', '@victim-referral/schemas', 'ky'],
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint !== undefined) as string;
    const staticGraph = new Set<string>([entry]);
    for (const file of staticGraph) {
      for (const imported of outputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement' && !imported.external) staticGraph.add(imported.path);
      }
    }
    const joseIn = (file: string) => Object.keys(outputs[file]?.inputs ?? {}).some((input) => input.includes('jose'));
    expect([...staticGraph].filter(joseIn)).toEqual([]);
    expect(Object.keys(outputs).some(joseIn)).toBe(true);
  });
});
