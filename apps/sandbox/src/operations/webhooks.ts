import { randomBytes } from 'node:crypto';
import { DomainError, fieldProblem, notFound } from '../domain/errors.js';
import { refusedUrl, type WebhookTargetPolicy } from '../domain/webhook-targets.js';
import type { Runtime } from '../runtime.js';
import { deleteSubscription, getSubscription, insertSubscription, listSubscriptions } from '../store/webhooks.js';
import { partyOf } from './caller.js';
import { decodeCursor, defaultPageSize, toPage } from './pagination.js';
import type { Operations } from './types.js';

/** Subscriptions one organisation may hold. */
export const maxSubscriptions = 25;

export function webhookOperations(
  rt: Runtime,
  targets: WebhookTargetPolicy,
): Pick<Operations, 'createWebhook' | 'listWebhooks' | 'deleteWebhook'> {
  return {
    createWebhook: ({ caller, body }) => {
      const { organisationId } = partyOf(caller);
      const refused = refusedUrl(body.url, targets);
      if (refused) throw fieldProblem('/url', refused, 'refused-target');
      const existing = listSubscriptions(rt.db, organisationId, 0, Number.MAX_SAFE_INTEGER);
      if (existing.some((s) => s.subscription.url === body.url)) {
        throw new DomainError(409, 'conflict', 'This organisation already has a subscription for that URL');
      }
      if (existing.length >= maxSubscriptions) {
        throw new DomainError(409, 'conflict', `An organisation may hold at most ${maxSubscriptions} subscriptions`);
      }
      const subscription = {
        id: rt.newId(),
        organisationId,
        url: body.url,
        events: body.events,
        createdAt: rt.now().toISOString(),
      };
      const secret = `whsec_${randomBytes(24).toString('base64url')}`;
      insertSubscription(rt.db, subscription, secret);
      return { body: { ...subscription, secret } };
    },

    listWebhooks: ({ caller, query }) => {
      const limit = query.limit ?? defaultPageSize;
      const after = decodeCursor('webhooks', query.cursor);
      const rows = listSubscriptions(rt.db, partyOf(caller).organisationId, after?.[0] ?? 0, limit + 1);
      return {
        body: toPage(
          rows,
          limit,
          'webhooks',
          (row) => [row.seq],
          (row) => row.subscription,
        ),
      };
    },

    deleteWebhook: ({ caller, params }) => {
      const stored = getSubscription(rt.db, params.id);
      if (!stored || stored.subscription.organisationId !== partyOf(caller).organisationId) {
        throw notFound('Webhook subscription');
      }
      deleteSubscription(rt.db, params.id);
      return { body: null };
    },
  };
}
