/**
 * A tiny site with a strict Content-Security-Policy header (`script-src 'self'; style-src 'self'`,
 * no 'unsafe-inline', no 'unsafe-eval'): the pages in `test/csp/`, and the built CDN files under
 * `/cdn/`. Under `/loader-only/` it serves the CDN loader and nothing else: every chunk beside it
 * fails, as on a slow or broken connection. Under `/tiles/` it answers every path with one tiny
 * PNG: a map tile server on loopback, whose requests the map tests count.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const cdnRoot = join(packageRoot, 'dist/cdn');
const loaderOnly = '/loader-only/';
const tiles = '/tiles/';
/** A 1×1 light grey PNG. */
const tile = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==',
  'base64',
);
const roots: Record<string, string> = {
  '/cdn/': cdnRoot,
  '/': join(packageRoot, 'test/csp'),
};
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src *; frame-ancestors *";

function fileFor(pathname: string): string | undefined {
  if (pathname.startsWith(loaderOnly)) {
    return pathname === `${loaderOnly}victim-referral-widgets.js`
      ? join(cdnRoot, 'victim-referral-widgets.js')
      : undefined;
  }
  const prefix = Object.keys(roots).find((candidate) => pathname.startsWith(candidate));
  if (!prefix) return undefined;
  const root = roots[prefix] as string;
  const file = normalize(join(root, pathname.slice(prefix.length)));
  return file.startsWith(root) ? file : undefined;
}

export async function startCspSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith(tiles)) {
      response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      response.end(tile);
      return;
    }
    const file = fileFor(pathname);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': strictPolicy,
        'cache-control': 'no-store',
        // As a CDN does: pages elsewhere may load the files with `crossorigin` (and check their SRI hashes).
        'access-control-allow-origin': '*',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
