/**
 * The credentials file developers and tests start from. Every secret is issued at random when the
 * store is created and shown then only: in this file (owner-only), or on the console.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EncryptionPrivateKey } from '@victim-referral/schemas';
import type { SeededSecrets } from './seed/index.js';
import type { Database } from './store/database.js';
import { listOrganisations } from './store/organisations.js';

export interface SandboxOrganisationCredentials {
  id: string;
  name: string;
  country: string;
  publishableKey: string;
  contactToken: string;
  /** The private halves of the keys the organisation publishes: they open what is sealed to it. */
  privateKeys: EncryptionPrivateKey[];
}

export interface SandboxCredentials {
  baseUrl: string;
  adminToken: string;
  organisations: SandboxOrganisationCredentials[];
}

/** The secrets issued as the store was created, organisations in the directory's order. */
export function issuedCredentials(
  db: Database,
  baseUrl: string,
  adminToken: string,
  issued: ReadonlyMap<string, SeededSecrets>,
): SandboxCredentials {
  const organisations = listOrganisations(db, { afterSeq: 0, limit: Number.MAX_SAFE_INTEGER }).flatMap(
    ({ organisation }) => {
      const credentials = issued.get(organisation.id);
      if (!credentials) return [];
      return [{ id: organisation.id, name: organisation.name, country: organisation.country, ...credentials }];
    },
  );
  return { baseUrl, adminToken, organisations };
}

export function writeCredentialsFile(file: string, credentials: SandboxCredentials): void {
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

/** The file written when the store was created, now with the server's current address; undefined if absent. */
export function readCredentialsFile(file: string, baseUrl: string): SandboxCredentials | undefined {
  if (!existsSync(file)) return undefined;
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as SandboxCredentials), baseUrl };
}
