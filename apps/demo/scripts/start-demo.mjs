#!/usr/bin/env node
// `pnpm demo`: starts the sandbox (seeded, file store) and the demo member site, and prints the
// URLs and the demo credentials. The sandbox issues them at random when it creates the store and
// writes them to .data/credentials.json, from where later starts read them. Ctrl+C stops both.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSandbox } from '@victim-referral/sandbox';
import { startDemoServer } from './demo-server.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    'api-port': { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const dataDir = fileURLToPath(new URL('../.data/', import.meta.url));
mkdirSync(dataDir, { recursive: true });

const dbFile = join(dataDir, 'sandbox.db');
const credentialsFile = join(dataDir, 'credentials.json');
if (existsSync(dbFile) && !existsSync(credentialsFile)) {
  console.error(`The demo store ${dbFile} has no credentials file beside it (it keeps only hashes of its tokens).`);
  console.error(`Delete ${dataDir} to start with a new store.`);
  process.exit(1);
}

const sandbox = await startSandbox({
  port: Number(options['api-port']),
  host: options.host,
  db: dbFile,
  credentialsFile,
  seed: true,
  // Members try webhooks against their own machine while developing.
  allowPrivateWebhooks: true,
});
const site = await startDemoServer({
  port: Number(options.port),
  host: options.host,
  apiBase: sandbox.url,
  credentials: sandbox.credentials,
});

const [host] = sandbox.credentials.organisations;
const abroad = sandbox.credentials.organisations.find((organisation) => organisation.country !== host.country);
console.log(`
victim-referral demo

  Member site        ${site.url}/
    find help        ${site.url}/find-help.html
    contact us       ${site.url}/contact-us.html
    staff            ${site.url}/staff.html
  Sandbox API        ${sandbox.url}/v1   (OpenAPI: ${sandbox.url}/v1/openapi.json)

  The site belongs to ${host.name} (${host.country}).
    publishable key  ${host.publishableKey}
    contact token    ${host.contactToken}
  An organisation abroad to answer referrals: ${abroad.name} (${abroad.country})
    contact token    ${abroad.contactToken}
  Admin token        ${sandbox.credentials.adminToken}

Press Ctrl+C to stop.`);

async function stop() {
  await Promise.all([site.close(), sandbox.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
