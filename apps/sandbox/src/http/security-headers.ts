/** Headers every answer carries, so that no browser or proxy keeps or reinterprets victim data. */
import type { Resource } from '@victim-referral/schemas';

/**
 * The resources whose answers hold no victim data: the public directory and the protocol's own
 * documents. Every other resource's answers (referrals, messages, events and any added later) and
 * every error are never stored by a cache.
 */
const cacheableResources: readonly Resource[] = ['protocol', 'organisations', 'services'];

export function mayBeCached(resource: Resource | undefined): boolean {
  return resource !== undefined && cacheableResources.includes(resource);
}

export function securityHeaders(noStore: boolean): Record<string, string> {
  return { 'X-Content-Type-Options': 'nosniff', ...(noStore && { 'Cache-Control': 'no-store' }) };
}
