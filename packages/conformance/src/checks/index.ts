/** The check groups, in the order they run. */
import type { CheckGroup } from '../runner.js';
import { authorisation } from './authorisation.js';
import { cacheHeaders } from './cache-headers.js';
import { directory } from './directory.js';
import { discovery } from './discovery.js';
import { erasure } from './erasure.js';
import { followUp } from './follow-up.js';
import { idempotency } from './idempotency.js';
import { problems } from './problems.js';
import { sealing } from './sealing.js';
import { transitions } from './transitions.js';
import { webhooks } from './webhooks.js';

export const checkGroups: readonly CheckGroup[] = [
  discovery,
  directory,
  authorisation,
  transitions,
  idempotency,
  problems,
  sealing,
  erasure,
  followUp,
  cacheHeaders,
  webhooks,
];
