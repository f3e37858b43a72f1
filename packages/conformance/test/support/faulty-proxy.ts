/**
 * A proxy in front of the sandbox that breaks one rule of the protocol, to show that the check
 * about that rule notices. A fault rewrites the request on its way in, or the answer on its way out.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: Headers;
  body: Buffer | undefined;
}

export interface ProxiedAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export interface Fault {
  request?(request: ProxiedRequest): void;
  response?(answer: ProxiedAnswer, request: ProxiedRequest, upstream: Upstream): Promise<void> | void;
}

/** Sends a request to the sandbox, for faults that ask it something of their own. */
export type Upstream = (request: ProxiedRequest) => Promise<ProxiedAnswer>;

export interface FaultyProxy {
  url: string;
  close(): Promise<void>;
}

/** Headers of one connection, which the proxy sets itself. */
const hopByHop = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host'];

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 0 ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startFaultyProxy(target: string, fault: Fault): Promise<FaultyProxy> {
  const upstream: Upstream = async (request) => {
    const response = await fetch(`${target}${request.url}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined && { body: new Uint8Array(request.body) }),
    });
    return { status: response.status, headers: new Headers(response.headers), body: await response.text() };
  };
  const server = createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string' && !hopByHop.includes(name)) headers.set(name, value);
    }
    const request: ProxiedRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      headers,
      body: await readBody(incoming),
    };
    fault.request?.(request);
    const answer = await upstream(request);
    await fault.response?.(answer, request, upstream);
    for (const name of hopByHop) answer.headers.delete(name);
    outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
    outgoing.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
