/** The OpenAPI `webhooks` of the protocol: what a server POSTs to a subscription's URL. */
import type * as z from 'zod/mini';
import { webhookSignatureHeader } from '../headers.js';
import { WebhookEvent } from '../records/webhook.js';
import type { JsonSchema } from './json-schema.js';

export function webhookDeliveries(use: (schema: z.ZodMiniType) => JsonSchema): Record<string, JsonSchema> {
  return {
    referralEvent: {
      post: {
        operationId: 'deliverReferralEvent',
        tags: ['webhooks'],
        summary: "A referral event, POSTed to the URL of each of the organisation's subscriptions to its type",
        description:
          'Delivered at least once, in order per subscription and referral. It carries ids only: the subscriber ' +
          'fetches the referral with its own credentials.',
        security: [],
        parameters: [
          {
            name: webhookSignatureHeader,
            in: 'header',
            required: true,
            description:
              '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, keyed with the secret shown when the ' +
              'subscription was created. Refuse a delivery whose signature does not match or whose time is old.',
            schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: use(WebhookEvent) } } },
        responses: {
          '2XX': { description: 'Received: the event is not sent again.' },
          '4XX': { description: 'Not received: the event is sent again later, each time after a longer wait.' },
          '5XX': { description: 'Not received: the event is sent again later, each time after a longer wait.' },
        },
      },
    },
  };
}
