import type { OrganisationCredentials } from '../domain/credentials.js';
import type { Runtime } from '../runtime.js';
import { transaction } from '../store/database.js';
import { seedOrganisations, seedServices } from './directory.js';
import { seedFromHsds } from './hsds.js';
import { idSequence } from './ids.js';
import { Random } from './random.js';
import { seedReferrals } from './referrals.js';

export interface SeedOptions {
  /** How many services to draw (default 420; the bench asks for 10,000). */
  services?: number;
  /** Load the directory from the HSDS 3.1 JSON files of this folder instead of drawing one. */
  hsdsDir?: string;
}

export const defaultServiceCount = 420;

/**
 * Fills an empty store, in one transaction, with data that is the same every time; the
 * credentials are random, and answered here (by organisation id) to be shown once.
 */
export function seed(rt: Runtime, options: SeedOptions): Map<string, OrganisationCredentials> {
  return transaction(rt.db, () => {
    if (options.hsdsDir !== undefined) return seedFromHsds({ ...rt, newId: idSequence('hsds') }, options.hsdsDir);
    const random = new Random(20_260_112);
    const organisations = seedOrganisations({ ...rt, newId: idSequence('organisation') }, random);
    const services = seedServices(
      { ...rt, newId: idSequence('service') },
      random,
      organisations,
      options.services ?? defaultServiceCount,
    );
    seedReferrals({ ...rt, newId: idSequence('referral') }, random, organisations, services, rt.now());
    return new Map(organisations.map((organisation) => [organisation.id, organisation.credentials]));
  });
}
