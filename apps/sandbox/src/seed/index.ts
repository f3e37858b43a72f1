import type { EncryptionPrivateKey } from '@victim-referral/schemas';
import type { OrganisationCredentials } from '../domain/credentials.js';
import type { Runtime } from '../runtime.js';
import { transactionAwaiting } from '../store/database.js';
import { seedOrganisations, seedServices } from './directory.js';
import { seedFromHsds } from './hsds.js';
import { idSequence } from './ids.js';
import { Random } from './random.js';
import { seedReferrals } from './referrals.js';
import { publishSeedKeys } from './sealing.js';

export interface SeedOptions {
  /** How many services to draw (default 420; the bench asks for 10,000). */
  services?: number;
  /** Load the directory from the HSDS 3.1 JSON files of this folder instead of drawing one. */
  hsdsDir?: string;
  /**
   * Make a key pair for every organisation and publish its public half, so referrals and messages
   * to it must be sealed (default true). false: organisations that have not made keys yet, which
   * receive in clear.
   */
  encryptionKeys?: boolean;
}

/** What seeding issued an organisation, to be shown once: its credentials and private keys. */
export interface SeededSecrets extends OrganisationCredentials {
  privateKeys: EncryptionPrivateKey[];
}

export const defaultServiceCount = 420;

/**
 * Fills an empty store, in one transaction, with data that is the same every time; the
 * credentials and key pairs are random, and answered here (by organisation id) to be shown once.
 * Seeded referrals and messages are sealed to both points of contact.
 */
export function seed(rt: Runtime, options: SeedOptions): Promise<Map<string, SeededSecrets>> {
  return transactionAwaiting(rt.db, async () => {
    if (options.hsdsDir !== undefined) {
      const issued = seedFromHsds({ ...rt, newId: idSequence('hsds') }, options.hsdsDir);
      return withPrivateKeys(issued, await seedKeys(rt, options, issued));
    }
    const random = new Random(20_260_112);
    const organisations = seedOrganisations({ ...rt, newId: idSequence('organisation') }, random);
    const services = seedServices(
      { ...rt, newId: idSequence('service') },
      random,
      organisations,
      options.services ?? defaultServiceCount,
    );
    const issued = new Map(organisations.map((organisation) => [organisation.id, organisation.credentials]));
    const privateKeys = await seedKeys(rt, options, issued);
    await seedReferrals({ ...rt, newId: idSequence('referral') }, random, organisations, services, rt.now());
    return withPrivateKeys(issued, privateKeys);
  });
}

function seedKeys(
  rt: Runtime,
  options: SeedOptions,
  issued: Map<string, OrganisationCredentials>,
): Promise<Map<string, EncryptionPrivateKey[]>> {
  return options.encryptionKeys === false ? Promise.resolve(new Map()) : publishSeedKeys(rt, [...issued.keys()]);
}

function withPrivateKeys(
  issued: Map<string, OrganisationCredentials>,
  privateKeys: Map<string, EncryptionPrivateKey[]>,
): Map<string, SeededSecrets> {
  return new Map(
    [...issued].map(([id, credentials]) => [id, { ...credentials, privateKeys: privateKeys.get(id) ?? [] }]),
  );
}
