/** Loads a directory from HSDS 3.1 JSON files through the schemas package's `fromHsds()`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHsds } from '@victim-referral/schemas/hsds';
import type { OrganisationCredentials } from '../domain/credentials.js';
import { registerOrganisation, registerService } from '../domain/directory.js';
import type { Runtime } from '../runtime.js';
import { getOrganisation } from '../store/organisations.js';
import { getService } from '../store/services.js';

/** Answers the credentials issued to each organisation loaded, by id. */
export function seedFromHsds(rt: Runtime, directory: string): Map<string, OrganisationCredentials> {
  const issued = new Map<string, OrganisationCredentials>();
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
  for (const file of files) {
    const imported = fromHsds(JSON.parse(readFileSync(join(directory, file), 'utf8')), { now: rt.now().toISOString() });
    for (const warning of imported.warnings) console.warn(`[sandbox] ${file}${warning.path}: ${warning.message}`);
    for (const organisation of imported.organisations) {
      if (getOrganisation(rt.db, organisation.id)) continue;
      issued.set(organisation.id, registerOrganisation(rt, organisation));
    }
    for (const service of imported.services) {
      if (getService(rt.db, service.id)) continue;
      if (!getOrganisation(rt.db, service.organisationId)) {
        console.warn(`[sandbox] ${file}: service ${service.id} left out: its organisation is not in the data`);
        continue;
      }
      registerService(rt, service);
    }
  }
  return issued;
}
