/** A one-page site on 127.0.0.1 that loads the built CDN file and embeds a service finder (or other markup). */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

const finderMarkup = ({ apiBase, publishableKey }) =>
  `<vr-service-finder api-base="${apiBase}" publishable-key="${publishableKey}"></vr-service-finder>`;

function pageHtml(body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>widgets bench</title>
    <script type="module" src="/cdn/victim-referral-widgets.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/** Serves the page at `/` and dist/cdn (the file and its locale chunks) under `/cdn/`. */
export async function startBenchSite(finder, body = finderMarkup(finder)) {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pageHtml(body));
      return;
    }
    const file = normalize(join(cdnDir, pathname.replace(/^\/cdn\//, '')));
    if (!pathname.startsWith('/cdn/') || !file.startsWith(cdnDir)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Runs `measure(page)` in headless Chromium (1280×800) on an empty page of the bench site, once
 * `tag`'s chunk has been fetched (the loader fetches it when the tag first appears), and closes all.
 */
export async function onBenchPage(apiBase, tag, measure) {
  const site = await startBenchSite({ apiBase }, '<main></main>');
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(site.url);
      await page.evaluate((name) => document.body.append(document.createElement(name)), tag);
      return await measure(page);
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}
