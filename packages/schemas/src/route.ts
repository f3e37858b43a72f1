import type { EndpointDefinition } from './contract/index.js';

/**
 * An endpoint reduced to what a request needs — method, path template, whether it takes an
 * `Idempotency-Key`, the success status and whether a body comes back — without its zod schemas.
 * `@victim-referral/schemas/routes` holds one per endpoint, generated from the contract at build
 * time, for bundles that call the API without checking its answers (the widgets' CDN build).
 */
export interface Route<E extends EndpointDefinition = EndpointDefinition> {
  readonly method: E['method'];
  readonly path: E['path'];
  readonly idempotent?: boolean;
  readonly success: { readonly status: E['success']['status']; readonly json: boolean };
  /** Never set: carries the endpoint's type, so a transport types a route's input and answer. */
  readonly endpoint?: E;
}

/** The route of an endpoint definition: what the build writes into `routes.js` for each endpoint. */
export function routeOf<E extends EndpointDefinition>(endpoint: E): Route<E> {
  const { method, path, idempotent, success } = endpoint;
  return {
    method,
    path,
    ...(idempotent && { idempotent }),
    success: { status: success.status, json: success.body !== null },
  };
}
