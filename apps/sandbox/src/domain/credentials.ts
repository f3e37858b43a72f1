/** Issuing credentials: random tokens, stored as hashes, whose secrets are shown once by the caller. */
import { randomBytes } from 'node:crypto';
import { credentialPrefixes, type Organisation } from '@victim-referral/schemas';
import { type CredentialKind, hasAdminCredential, hashToken, insertCredential } from '../store/credentials.js';
import type { Database } from '../store/database.js';

/** Browsers on the developer's own machine may use every key; members add their sites. */
export const localOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];

export interface OrganisationCredentials {
  publishableKey: string;
  contactToken: string;
}

function issue(db: Database, kind: CredentialKind, organisationId: string | null, allowedOrigins: string[]): string {
  const token = `${credentialPrefixes[kind]}${randomBytes(24).toString('base64url')}`;
  insertCredential(db, { tokenHash: hashToken(token), kind, organisationId, allowedOrigins });
  return token;
}

/** A new organisation's publishable key (for its website and local development) and contact token. */
export function issueOrganisationCredentials(db: Database, organisation: Organisation): OrganisationCredentials {
  const websiteOrigin = organisation.website ? [new URL(organisation.website).origin] : [];
  return {
    publishableKey: issue(db, 'publishable-key', organisation.id, [...localOrigins, ...websiteOrigin]),
    contactToken: issue(db, 'contact-token', organisation.id, []),
  };
}

/** The admin token of a new store; undefined when the store has one already (its secret was shown then). */
export function issueAdminToken(db: Database): string | undefined {
  return hasAdminCredential(db) ? undefined : issue(db, 'admin-token', null, ['*']);
}
