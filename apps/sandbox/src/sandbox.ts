/** Starts the sandbox: store, seed, HTTP server and webhook dispatcher, and stops them again. */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sandboxDefaultAddress } from '@victim-referral/schemas';
import { SandboxClock } from './clock.js';
import {
  issuedCredentials,
  readCredentialsFile,
  type SandboxCredentials,
  writeCredentialsFile,
} from './credentials.js';
import { DeadlineWatcher } from './deadline-watcher.js';
import { issueAdminToken } from './domain/credentials.js';
import { defaultRetentionDays, scheduleRetention } from './domain/retention.js';
import { createApp } from './http/app.js';
import { answerClientError } from './http/client-error.js';
import { schemasPackageDocuments } from './http/documents.js';
import { defaultRateLimit, type RateLimit, RateLimiter } from './http/rate-limit.js';
import type { ResponseMismatch } from './http/response-check.js';
import { FaultRegistry } from './operations/faults.js';
import { createOperations } from './operations/index.js';
import { loadTaxonomy } from './operations/protocol.js';
import type { Runtime } from './runtime.js';
import { ServiceIndex } from './search/service-index.js';
import { type SeededSecrets, type SeedOptions, seed } from './seed/index.js';
import { openDatabase } from './store/database.js';
import { countOrganisations, organisationNames } from './store/organisations.js';
import { allServices } from './store/services.js';
import { type DeliveryOptions, WebhookDispatcher } from './webhooks/dispatcher.js';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default `sandboxDefaultAddress.host` (127.0.0.1). */
  host?: string;
  /** A SQLite file, or `:memory:` (the default). */
  db?: string;
  /**
   * Where the credentials of a new store are written (owner-only), and read back from when the
   * store is opened again: the store itself keeps only their hashes.
   */
  credentialsFile?: string;
  /** Seed an empty store with the demo directory and referrals (default true). */
  seed?: boolean | SeedOptions;
  /** Turn on fault injection (`POST /v1/sandbox/faults`). */
  faults?: boolean;
  /**
   * Per credential and client address and window: requests (default 600 a minute) and creates
   * (60, a budget of their own); failed authentications per address (60).
   */
  rateLimit?: Partial<RateLimit>;
  /**
   * Local development: webhooks may target loopback and private addresses over plain http (never
   * a cloud metadata address). Off by default: public https targets only.
   */
  allowPrivateWebhooks?: boolean;
  /** Webhook delivery: retry delay, attempts and timeout. */
  webhooks?: Partial<DeliveryOptions>;
  /** How often answer deadlines are looked at, in milliseconds (default 1000). */
  deadlineScanIntervalMs?: number;
  /** Days a closed case keeps the victim's personal data before it is erased (default 365). */
  retentionDays?: number;
  /** Largest accepted request body in bytes (default 256 KiB). */
  bodyLimitBytes?: number;
  /** Check every success answer against the contract (default: on unless NODE_ENV=production). */
  validateResponses?: boolean;
  /** Called with each answer that does not match the contract; the client gets a 500 `internal`. */
  onResponseMismatch?: (mismatch: ResponseMismatch) => void;
}

export interface Sandbox {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** Whether this start created the store (and so issued its credentials). */
  created: boolean;
  /**
   * Every credential: known when this start created the store, or from `credentialsFile`. Reading
   * it otherwise throws: the secrets were shown once, when the store was created.
   */
  readonly credentials: SandboxCredentials;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const db = openDatabase(options.db ?? ':memory:');
  const clock = new SandboxClock(db);
  const webhookTargets = { allowPrivate: options.allowPrivateWebhooks ?? false };
  const dispatcher = new WebhookDispatcher(
    db,
    () => clock.nowMs(),
    {
      baseDelayMs: options.webhooks?.baseDelayMs ?? 1_000,
      maxAttempts: options.webhooks?.maxAttempts ?? 8,
      timeoutMs: options.webhooks?.timeoutMs ?? 10_000,
    },
    { ...webhookTargets, ...(options.webhooks?.resolve && { resolve: options.webhooks.resolve }) },
  );
  const rt: Runtime = {
    db,
    clock,
    now: () => clock.now(),
    newId: randomUUID,
    services: new ServiceIndex(),
    wakeDeliveries: () => dispatcher.wake(),
  };

  const adminToken = issueAdminToken(db);
  let issued = new Map<string, SeededSecrets>();
  if (options.seed !== false && countOrganisations(db) === 0) {
    issued = await seed(rt, typeof options.seed === 'object' ? options.seed : {});
  } else {
    const names = organisationNames(db);
    for (const { seq, service } of allServices(db)) {
      rt.services.upsert(seq, service, names.get(service.organisationId) ?? '');
    }
  }

  const stopRetention = scheduleRetention(rt, options.retentionDays ?? defaultRetentionDays);
  const faults = new FaultRegistry();
  const app = createApp({
    rt,
    operations: createOperations(rt, faults, await loadTaxonomy(), webhookTargets),
    faults: options.faults ? faults : undefined,
    rateLimiter: new RateLimiter({ ...defaultRateLimit, ...options.rateLimit }),
    bodyLimitBytes: options.bodyLimitBytes ?? 256 * 1024,
    validateResponses: options.validateResponses ?? process.env.NODE_ENV !== 'production',
    onResponseMismatch: options.onResponseMismatch ?? (() => {}),
    documents: schemasPackageDocuments(),
  });

  // The answers still being worked on: closing waits for them before it closes the store.
  const inFlight = new Set<Promise<Response>>();
  const fetch: typeof app.fetch = (...request) => {
    const answer = Promise.resolve(app.fetch(...request));
    inFlight.add(answer);
    const done = () => inFlight.delete(answer);
    answer.then(done, done);
    return answer;
  };

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      { fetch, port: options.port ?? 0, hostname: options.host ?? sandboxDefaultAddress.host },
      () => resolve(started),
    );
    started.once('error', reject);
  });
  server.on('clientError', answerClientError);
  const address = server.address() as AddressInfo;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  dispatcher.wake();
  const deadlines = new DeadlineWatcher(rt, options.deadlineScanIntervalMs ?? 1_000);

  let credentials: SandboxCredentials | undefined;
  if (adminToken !== undefined) {
    credentials = issuedCredentials(db, url, adminToken, issued);
    if (options.credentialsFile) writeCredentialsFile(options.credentialsFile, credentials);
  } else if (options.credentialsFile) {
    credentials = readCredentialsFile(options.credentialsFile, url);
    if (credentials) writeCredentialsFile(options.credentialsFile, credentials);
  }

  return {
    url,
    created: adminToken !== undefined,
    get credentials(): SandboxCredentials {
      if (!credentials) {
        throw new Error(
          'The credentials of this store were shown once, when it was created; pass the credentials file written then',
        );
      }
      return credentials;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await Promise.allSettled(inFlight);
      deadlines.stop();
      stopRetention();
      await dispatcher.stop();
      db.close();
    },
  };
}
