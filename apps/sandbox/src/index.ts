/** @victim-referral/sandbox — the reference server of the referral protocol, for development and tests. */
export type { SandboxCredentials, SandboxOrganisationCredentials } from './credentials.js';
export type { RateLimit } from './http/rate-limit.js';
export type { ResponseMismatch } from './http/response-check.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './sandbox.js';
export type { SeedOptions } from './seed/index.js';
export type { DeliveryOptions } from './webhooks/dispatcher.js';
