/**
 * @victim-referral/client — the typed client of the victim-referral protocol v1, for browsers,
 * Node 22+, Deno, Bun and edge workers. Webhook verification, for member backends, is in
 * `@victim-referral/client/webhooks`.
 *
 * `createReferralClient` binds every endpoint. A page that calls only a few can use
 * `createTransport` with the endpoint definitions of `@victim-referral/schemas` instead, and its
 * bundle then holds only those endpoints' schemas; or `createRouteTransport` with the routes of
 * `@victim-referral/schemas/routes`, which checks no answer and so brings no zod at all.
 */

export type {
  AdminApi,
  CreateReferralClientOptions,
  EventsApi,
  FollowUpApi,
  MessagesApi,
  OrganisationsApi,
  Paginated,
  ProtocolApi,
  ReferralClient,
  ReferralsApi,
  ServicesApi,
  WebhooksApi,
} from './client.js';
export { createReferralClient } from './client.js';
export {
  type ClientProblemCode,
  isReferralApiError,
  ReferralApiError,
  type ReferralApiErrorInit,
  type ReferralApiErrorJSON,
  ReferralAuthenticationError,
  ReferralConflictError,
  ReferralForbiddenError,
  ReferralInvalidTransitionError,
  ReferralNetworkError,
  ReferralNotFoundError,
  ReferralRateLimitError,
  ReferralResponseValidationError,
  ReferralServerError,
  ReferralTimeoutError,
  ReferralValidationError,
  type ResponseIssue,
} from './errors.js';
export { type ForwardRequest, forwardBody } from './forward.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type {
  BodyIn,
  BodyOf,
  IdempotentOperationId,
  ItemOf,
  ListOperationId,
  ParamsIn,
  ParamsOf,
  QueryIn,
  QueryOf,
  ResultIn,
  ResultOf,
} from './operations.js';
export { paginate } from './pagination.js';
export type { CancelRequest, CodedReason, DeclineRequest, HoldRequest } from './reasons.js';
export { createRouteTransport, type RouteTransport } from './route-transport.js';
export {
  type OpenedMessage,
  type OpenedReferral,
  type SealingOptions,
  sealingRecipients,
} from './sealed-records.js';
export {
  createTransport,
  type IdempotentRequestOptions,
  type ReferralAuth,
  type ReferralClientOptions,
  type ReferralTransport,
  type RequestOptions,
  type RetryPolicy,
  type TransportInput,
} from './transport.js';
