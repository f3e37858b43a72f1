// Serves the demo member site: static files from ../site, the widgets' CDN build under /vendor/, and the page
// placeholders (%API_BASE%, %PUBLISHABLE_KEY%, ...) filled from the sandbox credentials, as a site
// editor would have pasted them. Every page is sent with a strict Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = fileURLToPath(new URL('../site/', import.meta.url));
const widgetsPackage = dirname(createRequire(import.meta.url).resolve('@victim-referral/widgets/package.json'));
const cdnRoot = join(widgetsPackage, 'dist', 'cdn', sep);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
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
      "form-action 'self'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // A victim's browsing must not be recoverable from the cache with Back.
    'Cache-Control': 'no-store',
  };
}

/** The values pasted into the pages, as a member's site editor would. */
function pageValues({ apiBase, credentials }) {
  const [host] = credentials.organisations;
  const abroad = credentials.organisations.find((organisation) => organisation.country !== host.country);
  return {
    API_BASE: apiBase,
    ORG_NAME: host.name,
    ORGANISATION_ID: host.id,
    ORG_COUNTRY: host.country,
    PUBLISHABLE_KEY: host.publishableKey,
    CONTACT_TOKEN: host.contactToken,
    ABROAD_ORG_NAME: abroad.name,
  };
}

function fillPlaceholders(html, values) {
  return html.replace(/%([A-Z_]+)%/g, (match, name) => values[name] ?? match);
}

/** The file a URL path names: the CDN build (its file and its language chunks) under /vendor/, else the site. */
function resolvePath(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const [root, inRoot] = relative.startsWith(`vendor${sep}`)
    ? [cdnRoot, relative.slice('vendor/'.length)]
    : [siteRoot, relative === '' || relative.endsWith(sep) ? join(relative, 'index.html') : relative];
  const file = join(root, inRoot);
  return file.startsWith(root) ? file : null;
}

/**
 * Starts the demo site. `apiBase` is the sandbox URL; `credentials` its credentials file content.
 * Resolves to `{ url, close() }`.
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', apiBase, credentials }) {
  const values = pageValues({ apiBase, credentials });
  const headers = securityHeaders(apiBase);

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolvePath(pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, headers).end();
      return;
    }
    try {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const body = type.startsWith('text/html')
        ? fillPlaceholders(await readFile(file, 'utf8'), values)
        : await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': type }).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    }
  });

  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
