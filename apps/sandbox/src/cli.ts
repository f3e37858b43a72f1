/**
 * `victim-referral-sandbox --port N --db FILE|:memory: --seed --credentials-out FILE --faults
 * --seed-hsds DIR --host HOST`: runs the sandbox until interrupted.
 */
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sandboxDefaultAddress } from '@victim-referral/schemas';
import { defaultRetentionDays } from './domain/retention.js';
import { startSandbox } from './sandbox.js';

// `pnpm start -- --port 8787` hands the `--` on; past it parseArgs would read options as positionals.
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));

const { values } = parseArgs({
  args,
  options: {
    port: { type: 'string', default: String(sandboxDefaultAddress.port) },
    host: { type: 'string', default: sandboxDefaultAddress.host },
    db: { type: 'string', default: '.sandbox.db' },
    seed: { type: 'boolean', default: true },
    'seed-hsds': { type: 'string' },
    'seed-services': { type: 'string' },
    'credentials-out': { type: 'string' },
    faults: { type: 'boolean', default: false },
    'retention-days': { type: 'string', default: String(defaultRetentionDays) },
    'allow-private-webhooks': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});

if (values.help) {
  console.log(`Usage: victim-referral-sandbox [options]
  --port N                 port to listen on (default ${sandboxDefaultAddress.port}; 0 picks a free one)
  --host HOST              address to listen on (default ${sandboxDefaultAddress.host})
  --db FILE|:memory:       SQLite file (default .sandbox.db) or an in-memory store
  --seed / --no-seed       seed an empty store with the demo directory (default on)
  --seed-services N        how many services to draw when seeding (default 420)
  --seed-hsds DIR          seed from the HSDS 3.1 JSON files in DIR instead
  --credentials-out FILE   write the base URL and every credential to FILE as JSON
  --faults                 enable fault injection (POST /v1/sandbox/faults)
  --allow-private-webhooks webhooks may target loopback and private addresses over http (local development)
  --retention-days N       erase the personal data of cases closed more than N days ago (default ${defaultRetentionDays})`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const retentionDays = Number(values['retention-days']);
if (!/^\d+$/.test(values['retention-days'])) {
  console.error(`Invalid --retention-days ${values['retention-days']}`);
  process.exit(2);
}

const seedServices = values['seed-services'] === undefined ? undefined : Number(values['seed-services']);
const credentialsFile = values['credentials-out'] === undefined ? undefined : resolve(values['credentials-out']);
const sandbox = await startSandbox({
  port,
  host: values.host,
  db: values.db,
  ...(credentialsFile !== undefined && { credentialsFile }),
  seed: values.seed && {
    ...(seedServices !== undefined && { services: seedServices }),
    ...(values['seed-hsds'] !== undefined && { hsdsDir: values['seed-hsds'] }),
  },
  faults: values.faults,
  retentionDays,
  allowPrivateWebhooks: values['allow-private-webhooks'],
}).catch((error: unknown) => {
  console.error(`Cannot start the sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log(`Victim-referral sandbox listening on ${sandbox.url}/v1`);
console.log(`  store: ${values.db === ':memory:' ? 'in memory' : resolve(values.db)}`);
if (credentialsFile !== undefined && existsSync(credentialsFile)) {
  console.log(`  credentials: ${credentialsFile}`);
} else if (sandbox.created) {
  // Shown this once: the store keeps only their hashes.
  const first = sandbox.credentials.organisations[0];
  console.log('  credentials: shown once, now (pass --credentials-out FILE to keep them all):');
  console.log(`    admin token     ${sandbox.credentials.adminToken}`);
  if (first) {
    console.log(`    ${first.name} (${first.country}): publishable key ${first.publishableKey}`);
    console.log(`    ${first.name} (${first.country}): contact token   ${first.contactToken}`);
  }
} else {
  console.log('  credentials: shown when this store was created (its --credentials-out file), kept only as hashes');
}
if (!isLoopback(values.host)) {
  console.error(
    `WARNING: listening on ${values.host}, beyond this machine. This is a test server: its data is not protected as real victims' data must be; never put real cases in it.`,
  );
}
if (values.faults) console.log('  fault injection: on (POST /v1/sandbox/faults)');

/** Whether `host` only accepts connections from this machine. */
function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    sandbox.close().then(() => process.exit(0));
  });
}
