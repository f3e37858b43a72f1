/** A local HTTP server standing in for a member's backend that receives webhooks. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

export interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** Decides the status of each delivery (default 204). */
  answer: (delivery: Omit<Delivery, 'answeredWith'>) => number;
  /** Resolves once `predicate` holds for the deliveries received so far. */
  waitFor(predicate: (deliveries: Delivery[]) => boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const waiters: { predicate: (d: Delivery[]) => boolean; resolve: () => void }[] = [];
  const receiver = { deliveries: [] as Delivery[], answer: () => 204 } as unknown as Receiver;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        path: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const status = receiver.answer(received);
      receiver.deliveries.push({ ...received, answeredWith: status });
      response.writeHead(status).end();
      for (const waiter of [...waiters]) {
        if (waiter.predicate(receiver.deliveries)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.waitFor = (predicate) =>
    predicate(receiver.deliveries) ? Promise.resolve() : new Promise((resolve) => waiters.push({ predicate, resolve }));
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}
