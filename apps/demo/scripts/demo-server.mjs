// Serves the demo member site: static files from ../site, the widgets' CDN build under /vendor/, and the page
// placeholders (%API_BASE%, %PUBLISHABLE_KEY%, ...) filled from the sandbox credentials, as a site
// editor would have pasted them. Every page is sent with a strict Content-Security-Policy. Under /staff/
// it plays the member's own backend: the staff page's widgets get the contact token from it, after its
// sign-in, and never find one in the page's HTML; the organisation's private keys stay on it, and it
// opens sealed case data for the signed-in point of contact.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSealed } from '@victim-referral/client/sealing';

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
    ABROAD_ORG_NAME: abroad.name,
  };
}

const staffCookie = 'demo-staff';

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The organisation the staff member is signed in as: the demo member itself, unless they switched to
 * act as another member (the cookie the switch set). A real member checks its own sign-in here.
 */
function staffOrganisation(request, credentials) {
  const cookie = (request.headers.cookie ?? '').split(/;\s*/).find((part) => part.startsWith(`${staffCookie}=`));
  const id = cookie && decodeURIComponent(cookie.slice(staffCookie.length + 1));
  const [host] = credentials.organisations;
  return credentials.organisations.find((organisation) => organisation.id === id) ?? host;
}

/** The staff page's values for the signed-in organisation, and the organisations it may act as. */
function staffValues(organisation, credentials) {
  const options = credentials.organisations.map(
    ({ id, name, country }) =>
      `<option value="${escapeHtml(id)}"${id === organisation.id ? ' selected' : ''}>${escapeHtml(`${name} (${country})`)}</option>`,
  );
  return { STAFF_ORG_ID: organisation.id, STAFF_ORG_NAME: organisation.name, STAFF_ORG_OPTIONS: options.join('') };
}

async function bodyText(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Opens a sealed payload with the signed-in organisation's private keys: 422 when they cannot. */
async function openForStaff(request, response, { credentials, headers }) {
  const { privateKeys = [] } = staffOrganisation(request, credentials);
  try {
    const opened = await openSealed(JSON.parse(await bodyText(request)), privateKeys);
    response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(opened));
  } catch {
    response.writeHead(422, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Cannot be opened');
  }
}

/**
 * The example backend: `GET /staff/contact-token` answers the signed-in organisation's contact token
 * (what the widgets' async token provider calls before each request), `POST /staff/open-sealed`
 * opens a sealed payload for the case element's `decrypt` callback, `POST /staff/act-as` switches
 * the organisation. Answers undefined for any other path.
 */
async function staffRoute(request, response, { credentials, headers }) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/staff/contact-token' && request.method === 'GET') {
    const { contactToken } = staffOrganisation(request, credentials);
    response.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(contactToken);
    return true;
  }
  if (pathname === '/staff/open-sealed' && request.method === 'POST') {
    await openForStaff(request, response, { credentials, headers });
    return true;
  }
  if (pathname === '/staff/act-as' && request.method === 'POST') {
    const id = new URLSearchParams(await bodyText(request)).get('organisation') ?? '';
    const known = credentials.organisations.some((organisation) => organisation.id === id);
    response
      .writeHead(303, {
        ...headers,
        Location: '/staff.html',
        ...(known && { 'Set-Cookie': `${staffCookie}=${encodeURIComponent(id)}; Path=/; HttpOnly; SameSite=Strict` }),
      })
      .end();
    return true;
  }
  return undefined;
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
    if (await staffRoute(request, response, { credentials, headers })) return;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolvePath(pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, headers).end();
      return;
    }
    try {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const body = type.startsWith('text/html')
        ? fillPlaceholders(await readFile(file, 'utf8'), {
            ...values,
            ...staffValues(staffOrganisation(request, credentials), credentials),
          })
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
