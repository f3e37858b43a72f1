/**
 * Broken servers: one fault per check group, each with the check that must fail because of it.
 * Each is the sandbox behind a proxy that breaks one rule of the protocol.
 */
import type { SandboxCredentials } from '@victim-referral/sandbox';
import type { Fault, ProxiedAnswer } from './faulty-proxy.js';

export interface BrokenServer {
  /** What the broken server does wrong. */
  does: string;
  group: string;
  /** The check that must fail. */
  failingCheck: string | RegExp;
  fault(credentials: SandboxCredentials): Fault;
}

// biome-ignore lint/suspicious/noExplicitAny: the proxy rewrites answers whatever their shape
type Json = any;

const json = (answer: ProxiedAnswer): Json => JSON.parse(answer.body);
const rewrite = (answer: ProxiedAnswer, body: Json, status = answer.status) => {
  answer.status = status;
  answer.body = JSON.stringify(body);
};
const referralPath = /^\/v1\/referrals\/([0-9a-f-]{36})$/;

export const brokenServers: BrokenServer[] = [
  {
    does: 'lists an endpoint fewer in its OpenAPI document',
    group: 'discovery',
    failingCheck: 'the OpenAPI document is OpenAPI 3.1 and describes every endpoint of the protocol',
    fault: () => ({
      response(answer, request) {
        if (!request.url.endsWith('openapi.json')) return;
        const document = json(answer);
        delete document.paths['/v1/referrals/{id}/events'];
        rewrite(answer, document);
      },
    }),
  },
  {
    does: 'ignores the cursor, answering the first page again',
    group: 'directory',
    failingCheck: 'following nextCursor visits every service once and ends with no nextCursor',
    fault: () => ({
      request(request) {
        request.url = request.url.replace(/([?&])cursor=[^&]*&?/, '$1');
      },
    }),
  },
  {
    does: "answers another organisation's referral instead of 404",
    group: 'authorisation',
    failingCheck: "another organisation's referral answers 404 not-found, not 403",
    fault: (credentials) => ({
      async response(answer, request, upstream) {
        if (request.method !== 'GET' || answer.status !== 404 || !referralPath.test(request.url)) return;
        for (const organisation of credentials.organisations.slice(0, 5)) {
          const headers = new Headers(request.headers);
          headers.set('Authorization', `Bearer ${organisation.contactToken}`);
          const other = await upstream({ ...request, headers });
          if (other.status === 200) {
            Object.assign(answer, other);
            return;
          }
        }
      },
    }),
  },
  {
    does: "turns a forbidden transition's 409 into a 200",
    group: 'transitions',
    failingCheck: /^the (referrer|receiver) cannot move a sent referral to .*: each answers 409 invalid-transition$/,
    fault: () => ({
      response(answer) {
        if (answer.status === 409 && answer.body.includes('"invalid-transition"')) answer.status = 200;
      },
    }),
  },
  {
    does: 'drops the Idempotency-Key header',
    group: 'idempotency',
    failingCheck:
      'a create retried with the same Idempotency-Key and body answers the first referral, marked Idempotent-Replayed',
    fault: () => ({
      request(request) {
        request.headers.delete('idempotency-key');
      },
    }),
  },
  {
    does: 'answers errors as plain JSON instead of problem+json',
    group: 'problems',
    failingCheck: 'malformed JSON is refused with 400 malformed-json',
    fault: () => ({
      response(answer) {
        if (answer.headers.get('content-type')?.startsWith('application/problem+json')) {
          answer.headers.set('content-type', 'application/json');
        }
      },
    }),
  },
  {
    does: 'accepts personal fields in clear where sealing is required',
    group: 'sealing',
    failingCheck: 'a referral with personal fields in clear is refused with 422 sealing-required, one error per field',
    fault: () => ({
      response(answer, request) {
        if (answer.status !== 422 || !answer.body.includes('"sealing-required"')) return;
        answer.headers.set('content-type', 'application/json');
        rewrite(answer, { ...JSON.parse(String(request.body)), id: crypto.randomUUID() }, 201);
      },
    }),
  },
  {
    does: 'keeps answering the sealed copy after consent is withdrawn',
    group: 'erasure',
    failingCheck: 'the erased referral keeps no personal data, for either party, and says when it was erased',
    fault: () => {
      const sealedCopies = new Map<string, unknown>();
      return {
        response(answer, request) {
          if (!answer.headers.get('content-type')?.includes('json') || answer.status >= 300) return;
          const body = json(answer);
          if (typeof body?.id !== 'string' || !request.url.startsWith('/v1/referrals')) return;
          if (body.sealed !== undefined) sealedCopies.set(body.id, body.sealed);
          else if (sealedCopies.has(body.id) && referralPath.test(request.url)) {
            rewrite(answer, { ...body, sealed: sealedCopies.get(body.id), erasedAt: undefined });
          }
        },
      };
    },
  },
  {
    does: "answers a wrong follow-up secret with the victim's view",
    group: 'follow-up',
    failingCheck: "a wrong secret, an unknown reference and another member's key get the same 404 not-found",
    fault: () => {
      let lastView: ProxiedAnswer | undefined;
      return {
        response(answer, request) {
          if (request.url !== '/v1/follow-up') return;
          if (answer.status === 200) lastView = { ...answer, headers: new Headers(answer.headers) };
          else if (answer.status === 404 && lastView) Object.assign(answer, lastView);
        },
      };
    },
  },
  {
    does: 'strips Cache-Control from answers with victim data',
    group: 'cache-headers',
    failingCheck: 'a referral, the inbox and the outbox are answered with no-store',
    fault: () => ({
      response(answer, request) {
        if (request.url.startsWith('/v1/referrals')) answer.headers.delete('cache-control');
      },
    }),
  },
  {
    does: 'shows a webhook subscription another secret than the one it signs with',
    group: 'webhooks',
    failingCheck:
      "a referral sent to the partner is announced as referral.received, signed with the subscription's secret",
    fault: () => ({
      response(answer, request) {
        if (request.method !== 'POST' || request.url !== '/v1/webhooks' || answer.status !== 201) return;
        rewrite(answer, { ...json(answer), secret: `whsec_${'x'.repeat(32)}` });
      },
    }),
  },
];
