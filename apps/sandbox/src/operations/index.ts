import type { Taxonomy } from '@victim-referral/schemas';
import type { WebhookTargetPolicy } from '../domain/webhook-targets.js';
import type { Runtime } from '../runtime.js';
import { directoryOperations } from './directory.js';
import type { FaultRegistry } from './faults.js';
import { followUpOperations } from './follow-up.js';
import { protocolOperations } from './protocol.js';
import { referralOperations } from './referrals.js';
import { sandboxOperations } from './sandbox.js';
import type { Operations } from './types.js';
import { webhookOperations } from './webhooks.js';

/** Every operation of the contract; the type makes a missing one a compile error. */
export function createOperations(
  rt: Runtime,
  faults: FaultRegistry,
  taxonomy: Taxonomy,
  webhookTargets: WebhookTargetPolicy,
): Operations {
  return {
    ...protocolOperations(taxonomy),
    ...directoryOperations(rt),
    ...referralOperations(rt),
    ...webhookOperations(rt, webhookTargets),
    ...followUpOperations(rt),
    ...sandboxOperations(rt, faults),
  };
}
