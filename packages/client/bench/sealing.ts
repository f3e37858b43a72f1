/**
 * Sealing a typical referral's personal fields (those of a valid referral-create fixture, as the
 * sealing table splits them) to three recipient keys: seals and opens per second, the bytes it
 * adds on the wire, and the browser bundle of the sealing entry with jose (esbuild, minified).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { generateEncryptionKeyPair, splitSealed } from '@victim-referral/schemas';
import { build } from 'esbuild';
import { openSealed, sealFor } from '../dist/sealing.js';
import type { BenchRow } from './rows.js';

const runs = 300;
const warmUp = 30;
const fixture = 'referral-create.cross-border.json';

function personalFields(): Record<string, unknown> {
  const file = createRequire(import.meta.url).resolve(`@victim-referral/schemas/fixtures/valid/${fixture}`);
  return splitSealed('referral', JSON.parse(readFileSync(file, 'utf8'))).sealed;
}

async function perSecond(operation: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmUp; i++) await operation();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await operation();
  return (runs * 1000) / (performance.now() - start);
}

async function gzipOfBundle(contents: string, external: string[]): Promise<number> {
  const dist = new URL('../dist/', import.meta.url).pathname;
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
}

export async function measureSealing(): Promise<BenchRow[]> {
  const data = personalFields();
  const pairs = await Promise.all([1, 2, 3].map(() => generateEncryptionKeyPair()));
  const recipients = pairs.map((pair) => pair.publicKey);
  const privateKey = pairs[0]?.privateKey;
  if (!privateKey) throw new Error('no key pair');
  const jwe = await sealFor(recipients, data);

  const clearBytes = Buffer.byteLength(JSON.stringify(data));
  const sealedBytes = Buffer.byteLength(JSON.stringify(jwe));
  const entry = `export * from './sealing.js';`;
  const notes = `${fixture} personal fields, 3 recipients (P-256)`;
  const rows: BenchRow[] = [
    {
      name: 'sealFor: seals per second',
      value: await perSecond(() => sealFor(recipients, data)),
      unit: 'ops/s',
      notes,
    },
    {
      name: 'openSealed: opens per second',
      value: await perSecond(() => openSealed(jwe, [privateKey])),
      unit: 'ops/s',
      notes,
    },
    { name: 'sealed personal fields: clear JSON', value: clearBytes, unit: 'bytes', notes },
    { name: 'sealed personal fields: JWE JSON', value: sealedBytes, unit: 'bytes', notes },
    { name: 'sealing: bytes added on the wire', value: sealedBytes - clearBytes, unit: 'bytes', notes },
    {
      name: 'browser bundle: /sealing with jose, schemas and zod external',
      value: Math.round((await gzipOfBundle(entry, ['zod', 'zod/*', '@victim-referral/schemas'])) / 10) / 100,
      unit: 'kB gzip',
      notes: 'esbuild --minify; kB = 1000 bytes',
    },
    {
      name: 'browser bundle: /sealing with jose, schemas and zod',
      value: Math.round((await gzipOfBundle(entry, [])) / 10) / 100,
      unit: 'kB gzip',
      notes: 'esbuild --minify; kB = 1000 bytes',
    },
  ];
  for (const row of rows) console.log(`${row.name.padEnd(72)} ${row.value.toFixed(1).padStart(8)} ${row.unit}`);
  return rows;
}
