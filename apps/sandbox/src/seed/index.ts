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

/** Fills an empty store, in one transaction, with ids and tokens that are the same every time. */
export function seed(rt: Runtime, secret: string, options: SeedOptions): void {
  transaction(rt.db, () => {
    if (options.hsdsDir !== undefined) {
      seedFromHsds({ ...rt, newId: idSequence('hsds') }, secret, options.hsdsDir);
      return;
    }
    const random = new Random(20_260_112);
    const organisations = seedOrganisations({ ...rt, newId: idSequence('organisation') }, random, secret);
    const services = seedServices(
      { ...rt, newId: idSequence('service') },
      random,
      organisations,
      options.services ?? defaultServiceCount,
    );
    seedReferrals({ ...rt, newId: idSequence('referral') }, random, organisations, services, rt.now());
  });
}
