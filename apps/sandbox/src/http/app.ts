/**
 * The HTTP application. Every route comes from the contract: its method and path, the schemas
 * its parameters, query and body are parsed with, the credentials it takes, and the schema its
 * answer is checked against in development. Everything that goes wrong answers problem+json.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { HttpBindings } from '@hono/node-server';
import {
  contract,
  type EndpointDefinition,
  idempotencyKeyHeader,
  idempotentReplayedHeader,
  type OperationId,
  type Resource,
  requestIdHeader,
} from '@victim-referral/schemas';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../domain/errors.js';
import type { Caller } from '../operations/caller.js';
import type { FaultRegistry } from '../operations/faults.js';
import type { Operations } from '../operations/types.js';
import type { Runtime } from '../runtime.js';
import { allAllowedOrigins } from '../store/credentials.js';
import { transaction } from '../store/database.js';
import { authorise, identify } from './auth.js';
import { parseWith, readJson, readQuery } from './body.js';
import { corsAllowedHeaders, originAllowed, originsOf, setCorsHeaders } from './cors.js';
import { type PublicDocuments, publicDocumentRoutes } from './documents.js';
import { type Answer, checkIdempotencyKey, runIdempotent } from './idempotency.js';
import { ApiError, problemResponse } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import { checkResponse, type ResponseMismatch, ResponseMismatchError } from './response-check.js';
import { RouteTable } from './route-table.js';
import { mayBeCached, securityHeaders } from './security-headers.js';

export interface AppConfig {
  rt: Runtime;
  operations: Operations;
  /** Present when fault injection is on: the faults endpoint exists and armed rules apply. */
  faults: FaultRegistry | undefined;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
  validateResponses: boolean;
  onResponseMismatch: (mismatch: ResponseMismatch) => void;
  documents: PublicDocuments;
}

type Env = {
  Bindings: HttpBindings;
  Variables: { requestId: string; cors: 'allow' | 'deny' | undefined; resource: Resource | undefined };
};

const requestIdPattern = /^[\w.:-]{1,128}$/;
/**
 * Waits `ms` for an injected delay; resolves false at once when the client's connection closes
 * (the client gave up, or the sandbox is closing), so nothing runs on after the store is closed.
 */
function delayWhileConnected(ms: number, socket: Socket): Promise<boolean> {
  return new Promise((resolve) => {
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      socket.off('close', gone);
      resolve(true);
    }, ms);
    socket.once('close', gone);
  });
}

export function createApp(config: AppConfig): Hono<Env> {
  const { rt, operations } = config;
  const app = new Hono<Env>();
  const routes = new RouteTable();

  function requestIdOf(c: Context<Env>): string {
    return c.get('requestId') ?? randomUUID();
  }

  app.onError((error, c) => {
    if (error instanceof DomainError) return problemResponse(error, requestIdOf(c));
    if (error instanceof ResponseMismatchError) {
      console.error(`[sandbox] ${error.message}`);
      config.onResponseMismatch(error.mismatch);
    } else {
      console.error('[sandbox] unexpected error', error);
    }
    return problemResponse(
      new ApiError(500, 'internal', 'The server failed; the request id helps find out why'),
      requestIdOf(c),
    );
  });

  app.notFound((c) => {
    const methods = routes.allowedMethods(c.req.path);
    if (!methods) return problemResponse(new ApiError(404, 'not-found', `No route ${c.req.path}`), requestIdOf(c));
    return problemResponse(
      new ApiError(405, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}`, {
        headers: { Allow: methods.join(', ') },
      }),
      requestIdOf(c),
    );
  });

  // Request id, caching, sniffing and CORS headers on every answer, errors included.
  app.use('*', async (c, next) => {
    const given = c.req.header(requestIdHeader);
    c.set('requestId', given !== undefined && requestIdPattern.test(given) ? given : randomUUID());
    await next();
    c.res.headers.set(requestIdHeader, c.get('requestId'));
    const cacheable = c.res.ok && mayBeCached(c.get('resource'));
    for (const [name, value] of Object.entries(securityHeaders(!cacheable))) c.res.headers.set(name, value);
    const origin = c.req.header('origin');
    const decision = c.get('cors');
    if (origin && decision !== 'deny' && (decision === 'allow' || originAllowed(origin, allAllowedOrigins(rt.db)))) {
      setCorsHeaders(c.res.headers, origin);
    }
  });

  // Preflight and OPTIONS: granted to the origins some publishable key allows.
  app.options('*', (c) => {
    const methods = routes.allowedMethods(c.req.path);
    if (!methods) return problemResponse(new ApiError(404, 'not-found', `No route ${c.req.path}`), c.get('requestId'));
    const headers = new Headers({ Allow: methods.join(', ') });
    const origin = c.req.header('origin');
    const granted = origin !== undefined && originAllowed(origin, allAllowedOrigins(rt.db));
    if (granted && c.req.header('access-control-request-method')) {
      headers.set('Access-Control-Allow-Methods', methods.join(', '));
      headers.set('Access-Control-Allow-Headers', corsAllowedHeaders);
      headers.set('Access-Control-Max-Age', '600');
    }
    c.set('cors', granted ? 'allow' : 'deny');
    return new Response(null, { status: 204, headers });
  });

  if (config.faults) {
    const faults = config.faults;
    const faultsPath = contract.armFaults.path;
    app.use('/v1/*', async (c, next) => {
      if (c.req.path === faultsPath) return next();
      const action = faults.take(c.req.method, c.req.path);
      if (!action) return next();
      switch (action.kind) {
        case 'delay':
          if (await delayWhileConnected(action.ms, c.env.incoming.socket)) return next();
          return c.body(null, 503);
        case 'error':
          throw new ApiError(
            action.status,
            action.status === 503 ? 'unavailable' : action.status === 429 ? 'rate-limited' : 'internal',
            'Injected fault',
            action.retryAfterSeconds === undefined ? {} : { retryAfter: action.retryAfterSeconds },
          );
        case 'drop-after-response':
          // The work is done and committed; the client never hears about it.
          await next();
          c.env.incoming.socket.destroy();
          return;
      }
    });
  }

  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        // The rest of the body stays unread, so the connection cannot carry another request.
        throw new ApiError(413, 'payload-too-large', `The body may be at most ${config.bodyLimitBytes} bytes`, {
          headers: { Connection: 'close' },
        });
      },
    }),
  );

  for (const [path, handler] of publicDocumentRoutes(config.documents)) {
    app.get(path, (c) => {
      c.set('resource', 'protocol');
      return handler(c);
    });
    routes.add('GET', path.replace(/:(\w+)/g, '{$1}'));
  }

  for (const operationId of Object.keys(contract) as OperationId[]) {
    const endpoint: EndpointDefinition = contract[operationId];
    if (endpoint.resource === 'sandbox' && !config.faults) continue;
    routes.add(endpoint.method, endpoint.path);
    app.on(endpoint.method, endpoint.path.replace(/\{(\w+)\}/g, ':$1'), (c) => handle(c, operationId, endpoint));
  }

  /** The caller, allowed on the endpoint; failures count against the client address. */
  function authenticate(authorization: string | undefined, address: string, endpoint: EndpointDefinition): Caller {
    config.rateLimiter.checkAuthentication(address, Date.now());
    try {
      const caller = identify(rt.db, authorization);
      authorise(caller, endpoint.auth);
      return caller;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401)
        config.rateLimiter.failedAuthentication(address, Date.now());
      throw error;
    }
  }

  async function handle(c: Context<Env>, operationId: OperationId, endpoint: EndpointDefinition): Promise<Response> {
    c.set('resource', endpoint.resource);
    const isPublic = endpoint.auth.includes('none');
    const address = c.env.incoming.socket.remoteAddress ?? 'unknown';
    const caller: Caller = isPublic ? { kind: 'none' } : authenticate(c.req.header('authorization'), address, endpoint);

    const origin = c.req.header('origin');
    if (origin) {
      const allowed = originAllowed(origin, originsOf(rt.db, caller));
      if (caller.kind === 'publishable-key' && !allowed) {
        c.set('cors', 'deny');
        throw new ApiError(403, 'forbidden', `This publishable key is not allowed from ${origin}`);
      }
      if (allowed) c.set('cors', 'allow');
    }
    if (caller.kind === 'publishable-key' || caller.kind === 'contact-token') {
      config.rateLimiter.take(caller.tokenHash, address, endpoint.success.status === 201, rt.clock.nowMs());
    }

    const params = endpoint.params ? parseWith(endpoint.params, c.req.param(), 'path') : {};
    const query = endpoint.query ? parseWith(endpoint.query, readQuery(c), 'query') : {};
    const body = endpoint.body ? parseWith(endpoint.body, (await readJson(c)).value, 'body') : undefined;

    const run = operations[operationId] as (input: unknown) => { body: unknown; headers?: Record<string, string> };
    const execute = (): Answer => {
      const result = run({ params, query, body, caller });
      const schema = endpoint.success.body;
      if (config.validateResponses && schema) checkResponse(operationId, endpoint.success.status, schema, result.body);
      return { status: endpoint.success.status, body: result.body, headers: result.headers };
    };

    const idempotencyKey = endpoint.idempotent ? c.req.header(idempotencyKeyHeader) : undefined;
    let answer: Answer & { replayed?: boolean };
    if (idempotencyKey !== undefined && caller.kind !== 'none') {
      checkIdempotencyKey(idempotencyKey);
      answer = runIdempotent(
        rt.db,
        {
          credential: caller.tokenHash,
          key: idempotencyKey,
          operation: operationId,
          resource: endpoint.resource,
          path: c.req.path,
          body,
          now: rt.clock.nowMs(),
        },
        execute,
      );
    } else {
      answer = endpoint.method === 'GET' ? execute() : transaction(rt.db, execute);
    }

    const headers = new Headers(answer.headers);
    if (answer.replayed) headers.set(idempotentReplayedHeader, 'true');
    if (answer.status === 204) return new Response(null, { status: 204, headers });
    headers.set('Content-Type', 'application/json');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
  }

  return app;
}
