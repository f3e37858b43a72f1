// Serves the built example (dist/) the way a member's server would: the files, `/config.json`
// with the API base and the member's publishable key, and a strict Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const distRoot = fileURLToPath(new URL('../dist/', import.meta.url));

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

function securityHeaders(apiBase) {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src 'self' ${apiBase}`,
      "img-src 'self' data:",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/** The file of dist/ a URL path names (index.html for `/`), or null outside dist/. */
function fileOf(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(distRoot, relative === '' ? 'index.html' : relative);
  return file.startsWith(distRoot) ? file : null;
}

/** Starts the server on loopback; resolves to `{ url, close() }`. */
export async function startExampleServer({ port = 0, host = '127.0.0.1', apiBase, publishableKey }) {
  const headers = securityHeaders(apiBase);
  const config = JSON.stringify({ apiBase, publishableKey });
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return response.writeHead(405, headers).end();
    if (pathname === '/config.json') {
      return response.writeHead(200, { ...headers, 'Content-Type': contentTypes['.json'] }).end(config);
    }
    const file = fileOf(pathname);
    const body = file && (await readFile(file).catch(() => null));
    if (!body) return response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
