/**
 * @victim-referral/conformance — black-box checks that a server speaks the victim-referral
 * protocol. The `victim-referral-conformance` CLI runs them; `runConformance` is the same in code.
 */
export type { CheckResult, Exchange, Outcome } from './check.js';
export { checkGroups } from './checks/index.js';
export {
  CredentialsError,
  type KitCredentials,
  type OrganisationCredentials,
  parseCredentials,
  readCredentials,
} from './credentials.js';
export { formatResult, formatSummary } from './report/human.js';
export { junitXml } from './report/junit.js';
export { type CheckGroup, type RunOptions, type RunReport, runConformance, selectGroups } from './runner.js';
export { type WebhookReceiverOptions, webhookReceiverOptions } from './webhook-receiver.js';
