/** Who is calling: the Bearer credential resolved against the store. */
import { type Credential, credentialPrefixes } from '@victim-referral/schemas';
import type { Caller } from '../operations/caller.js';
import { findCredential } from '../store/credentials.js';
import type { Database } from '../store/database.js';
import { ApiError } from './problem.js';

const unauthenticated = (detail: string) =>
  new ApiError(401, 'unauthenticated', detail, { headers: { 'WWW-Authenticate': 'Bearer' } });

const knownPrefixes = Object.values(credentialPrefixes);

export function identify(db: Database, authorization: string | undefined): Caller {
  if (authorization === undefined) return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw unauthenticated('Expected "Authorization: Bearer <token>"');
  const token = match[1];
  if (!knownPrefixes.some((prefix) => token.startsWith(prefix))) {
    throw unauthenticated('Unknown kind of credential');
  }
  const credential = findCredential(db, token);
  if (!credential) throw unauthenticated('Unknown or revoked credential');
  return credential;
}

/** 401 when no credential was given, 403 when a valid one is of a kind the endpoint does not take. */
export function authorise(caller: Caller, allowed: readonly Credential[]): void {
  if (allowed.includes(caller.kind)) return;
  if (caller.kind === 'none') throw unauthenticated('This endpoint needs a credential');
  throw new ApiError(403, 'forbidden', `A ${caller.kind} cannot use this endpoint (allowed: ${allowed.join(', ')})`);
}
