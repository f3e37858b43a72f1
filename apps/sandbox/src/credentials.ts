/** The credentials file developers and tests start from. */
import { tokenFor } from './domain/directory.js';
import { credentialsOf, insertCredential } from './store/credentials.js';
import type { Database } from './store/database.js';
import { listOrganisations } from './store/organisations.js';

export interface SandboxOrganisationCredentials {
  id: string;
  name: string;
  country: string;
  publishableKey: string;
  contactToken: string;
}

export interface SandboxCredentials {
  baseUrl: string;
  adminToken: string;
  organisations: SandboxOrganisationCredentials[];
}

/** The admin token, the same for every sandbox started with the same secret. */
export function ensureAdminToken(db: Database, secret: string): string {
  const token = tokenFor(secret, 'admin', 'adm_');
  insertCredential(db, { token, kind: 'admin-token', organisationId: null, allowedOrigins: ['*'] });
  return token;
}

export function readCredentials(db: Database, baseUrl: string, adminToken: string): SandboxCredentials {
  const organisations = listOrganisations(db, { afterSeq: 0, limit: Number.MAX_SAFE_INTEGER }).map(
    ({ organisation }) => {
      const credentials = credentialsOf(db, organisation.id);
      const tokenOf = (kind: string) => credentials.find((c) => c.kind === kind)?.token ?? '';
      return {
        id: organisation.id,
        name: organisation.name,
        country: organisation.country,
        publishableKey: tokenOf('publishable-key'),
        contactToken: tokenOf('contact-token'),
      };
    },
  );
  return { baseUrl, adminToken, organisations };
}
