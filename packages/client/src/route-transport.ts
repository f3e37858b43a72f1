/**
 * `createRouteTransport(options)`: `createTransport` for routes, the endpoints of
 * `@victim-referral/schemas/routes` without their schemas. The same requests, retries and typed
 * errors; answers are not checked against the contract, and attempts are made with plain fetch,
 * so a bundle that uses it holds neither zod nor ky. For pages that render what comes back
 * defensively (the widgets); everything else should use `createTransport`.
 */
import type { EndpointDefinition, Route } from '@victim-referral/schemas';
import { fetchAttempts } from './fetch-attempts.js';
import type { ResultIn } from './operations.js';
import { createSender } from './sender.js';
import type { ReferralClientOptions, TransportInput } from './transport.js';

/**
 * Performs one route, e.g. `transport(listServices, { query: { country: 'FR' } })` with `listServices`
 * from `@victim-referral/schemas/routes`, and resolves to its success body unchecked.
 */
export type RouteTransport = <const E extends EndpointDefinition>(
  route: Route<E>,
  ...input: Partial<TransportInput<E>> extends TransportInput<E>
    ? [input?: TransportInput<E>]
    : [input: TransportInput<E>]
) => Promise<ResultIn<E>>;

export function createRouteTransport(options: Omit<ReferralClientOptions, 'validateResponses'>): RouteTransport {
  return createSender({ ...options, validateResponses: false }, fetchAttempts) as RouteTransport;
}
