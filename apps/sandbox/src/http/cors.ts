/**
 * CORS for browser widgets. Origins are allowed per publishable key (patterns such as
 * `http://localhost:*`); a contact token is allowed the origins of its organisation's keys.
 */
import { idempotencyKeyHeader, idempotentReplayedHeader, requestIdHeader } from '@victim-referral/schemas';
import type { Caller } from '../operations/caller.js';
import { credentialsOf } from '../store/credentials.js';
import type { Database } from '../store/database.js';

export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith(':*')) {
    const base = pattern.slice(0, -2);
    return origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
  }
  return origin === pattern;
}

export function originAllowed(origin: string, patterns: Iterable<string>): boolean {
  for (const pattern of patterns) if (originMatches(origin, pattern)) return true;
  return false;
}

export const corsAllowedHeaders = ['Authorization', 'Content-Type', idempotencyKeyHeader, requestIdHeader].join(', ');
export const corsExposedHeaders = [requestIdHeader, 'Retry-After', idempotentReplayedHeader].join(', ');

export function setCorsHeaders(headers: Headers, origin: string): void {
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', corsExposedHeaders);
  headers.append('Vary', 'Origin');
}

/**
 * The origins a caller may use the API from: a key's own, its organisation's keys' for a contact
 * token (the inbox widget runs on the member's site), any for the admin token.
 */
export function originsOf(db: Database, caller: Caller): string[] {
  if (caller.kind === 'none') return [];
  if (caller.kind === 'contact-token' && caller.organisationId !== null) {
    return credentialsOf(db, caller.organisationId).flatMap((credential) => credential.allowedOrigins);
  }
  return caller.allowedOrigins;
}
