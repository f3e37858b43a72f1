/**
 * The kit's own webhook receiver: a small HTTP server it listens on for the webhooks group. The
 * server under test delivers to `url`, which must reach the kit's `listen` address (directly, or
 * through a tunnel or port forward that the member sets up).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface WebhookReceiverOptions {
  /** The URL the server under test delivers to. */
  url: string;
  /** Where the kit listens. */
  listen: { host: string; port: number };
}

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  deliveries: Delivery[];
  /** The first delivery `matches` accepts, waiting up to `timeoutMs` for it; undefined if none came. */
  waitFor(matches: (delivery: Delivery) => boolean, timeoutMs: number): Promise<Delivery | undefined>;
  close(): Promise<void>;
}

/**
 * The options for `--webhook-receiver URL [--webhook-listen [HOST:]PORT]`: by default the kit
 * listens on the URL's port, on the URL's host when that is an address of this machine's loopback,
 * else on every interface.
 */
export function webhookReceiverOptions(url: string, listen?: string): WebhookReceiverOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`--webhook-receiver must be an http(s) URL, got ${url}`);
  }
  const urlPort = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  const [listenHost, listenPort] = listen?.includes(':')
    ? [listen.slice(0, listen.lastIndexOf(':')), listen.slice(listen.lastIndexOf(':') + 1)]
    : [undefined, listen];
  const port = listenPort === undefined ? urlPort : Number(listenPort);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`Invalid --webhook-listen ${listen}`);
  const host = listenHost ?? (loopback ? parsed.hostname.replace(/^\[|\]$/g, '') : '0.0.0.0');
  return { url, listen: { host, port } };
}

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, resolve);
  });
  return {
    deliveries,
    waitFor: (matches, timeoutMs) =>
      new Promise((resolve) => {
        const look = () => {
          const found = deliveries.find(matches);
          if (!found) return;
          done(found);
        };
        const timer = setTimeout(() => done(undefined), timeoutMs);
        const done = (found: Delivery | undefined) => {
          clearTimeout(timer);
          waiters.delete(look);
          resolve(found);
        };
        waiters.add(look);
        look();
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
