/** Webhook subscriptions of an organisation's backend. */
import { Page } from '../records/page.js';
import { WebhookCreate, WebhookSubscription, WebhookSubscriptionCreated } from '../records/webhook.js';
import { endpoint, errorsWith, idParams, listQuery } from './endpoint.js';

export const createWebhook = endpoint({
  method: 'POST',
  path: '/v1/webhooks',
  resource: 'webhooks',
  summary: "Subscribe the caller organisation's backend to referral events",
  auth: ['contact-token'],
  body: WebhookCreate,
  idempotent: true,
  success: { status: 201, body: WebhookSubscriptionCreated },
  errors: errorsWith(403, 409, 413, 415, 422),
});

export const listWebhooks = endpoint({
  method: 'GET',
  path: '/v1/webhooks',
  resource: 'webhooks',
  summary: "The caller organisation's webhook subscriptions",
  auth: ['contact-token'],
  query: listQuery({}),
  success: { status: 200, body: Page(WebhookSubscription) },
  errors: errorsWith(403),
});

export const deleteWebhook = endpoint({
  method: 'DELETE',
  path: '/v1/webhooks/{id}',
  resource: 'webhooks',
  summary: 'Remove a webhook subscription',
  auth: ['contact-token'],
  params: idParams,
  success: { status: 204, body: null },
  errors: errorsWith(403, 404),
});
