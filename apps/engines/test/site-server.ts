/**
 * The member site the journeys visit, on loopback: the pages of `site/` with a strict
 * Content-Security-Policy, embedding the widgets' CDN build (served under `/cdn/`, its file and its
 * chunks), and the staff page's backend (`/staff/…`: the contact token and, on this test site only,
 * the private keys). And a neutral site for the quick exit to leave for (this machine has no internet).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = fileURLToPath(new URL('../site/', import.meta.url));
const widgetsPackage = dirname(createRequire(import.meta.url).resolve('@victim-referral/widgets/package.json'));
const cdnRoot = join(widgetsPackage, 'dist', 'cdn', sep);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

export interface SitePages {
  apiBase: string;
  publishableKey: string;
  /** The member's organisation: self-referrals go to it, sealed to its published keys. */
  organisationId: string;
  exitUrl: string;
  /** What the staff page's backend hands its point of contact after sign-in. */
  staff: { contactToken: string; privateKeys: unknown[] };
}

function strictPolicy(apiBase: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiBase}`,
    "img-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The file a URL path names, or undefined outside the site and the CDN build. */
function fileFor(pathname: string): string | undefined {
  const [root, path] = pathname.startsWith('/cdn/')
    ? [cdnRoot, pathname.slice('/cdn/'.length)]
    : [siteRoot, pathname === '/' ? 'index.html' : pathname.slice(1)];
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root) ? file : undefined;
}

export function startSite(pages: SitePages): Promise<Server> {
  const values: Record<string, string> = {
    API_BASE: pages.apiBase,
    PUBLISHABLE_KEY: pages.publishableKey,
    ORGANISATION_ID: pages.organisationId,
    EXIT_URL: pages.exitUrl,
  };
  const headers = {
    'content-security-policy': strictPolicy(pages.apiBase),
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  const staffAnswers: Record<string, [string, string]> = {
    '/staff/contact-token': ['text/plain', pages.staff.contactToken],
    '/staff/keys': ['application/json', JSON.stringify(pages.staff.privateKeys)],
  };
  return listen(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const staffAnswer = staffAnswers[pathname];
    if (staffAnswer) {
      response.writeHead(200, { ...headers, 'content-type': staffAnswer[0] }).end(staffAnswer[1]);
      return;
    }
    if (pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const file = fileFor(pathname);
    try {
      if (!file) throw new Error('outside the site');
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const body = type.startsWith('text/html')
        ? (await readFile(file, 'utf8')).replace(/%([A-Z_]+)%/g, (match, name: string) => values[name] ?? match)
        : await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
    }
  });
}

/** A site unrelated to victim support: what the quick exit leaves for. */
export function startNeutralSite(): Promise<Server> {
  return listen((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>');
  });
}

async function listen(handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
