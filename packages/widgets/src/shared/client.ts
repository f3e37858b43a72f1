import type { ReferralClientOptions } from '@victim-referral/client';
import { createRouteTransport, type RouteTransport } from '@victim-referral/client/route-transport';

export type { RouteTransport };

/**
 * How many times a widget's transport retries a failed read or create by itself (creates with the
 * same idempotency key) before the widget shows the failure and offers to try again.
 */
export const automaticRetries = 2;

/** Where a widget gets its credential: a publishable key, or a point of contact's token. */
export interface ClientSettings {
  apiBase: string | undefined;
  publishableKey?: string | undefined;
  token?: string | undefined;
  tokenProvider?: (() => Promise<string>) | undefined;
}

/**
 * A transport for the settings, or undefined while the API address or the credential is missing.
 * Widgets call the routes they need (`@victim-referral/schemas/routes`) through it and do not check
 * the answers against the contract, so no zod comes with it: they render what comes back
 * defensively instead (`defensive.ts`; Lit escapes text, `safeWebUrl` drops links that are not http(s)).
 */
export function transportFor(settings: ClientSettings): RouteTransport | undefined {
  const { apiBase, publishableKey, token, tokenProvider } = settings;
  if (!apiBase) return undefined;
  const credential = tokenProvider ?? token;
  const auth: ReferralClientOptions['auth'] | undefined = credential
    ? { token: credential }
    : publishableKey
      ? { publishableKey }
      : undefined;
  return auth && createRouteTransport({ baseUrl: apiBase, auth, retry: { limit: automaticRetries } });
}
