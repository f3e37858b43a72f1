/**
 * Referral validation throughput: the package's zod schema next to ajv on the exported JSON
 * Schema, the same payloads in the same process. zod runs both ways it can: with its JIT (the
 * default in Node) and jitless (what the CDN build sets for strict-CSP pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as z from 'zod/mini';
import { ReferralCreate } from '../dist/index.js';
import type { BenchRow } from './rows.js';

const root = new URL('../', import.meta.url);
const minimumMs = 1_000;

function fixtures(kind: 'valid' | 'invalid'): unknown[] {
  const folder = new URL(`fixtures/${kind}/`, root);
  return readdirSync(folder)
    .filter((name) => name.startsWith('referral-create.'))
    .map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')))
    .map((fixture) => (kind === 'invalid' ? fixture.data : fixture));
}

/** Validations per second of `validate` over `payloads`, run for at least a second after a warm-up. */
function throughput(payloads: unknown[], validate: (payload: unknown) => boolean): number {
  for (let i = 0; i < 2_000; i++) validate(payloads[i % payloads.length]);
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < minimumMs) {
    for (const payload of payloads) validate(payload);
    count += payloads.length;
  }
  return Math.round(count / ((performance.now() - started) / 1_000));
}

export function measureValidationThroughput(): BenchRow[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const schemaFolder = new URL('dist/json-schema/', root);
  const schemaFiles = readdirSync(schemaFolder).filter((name) => name.endsWith('.schema.json'));
  for (const name of schemaFiles) ajv.addSchema(JSON.parse(readFileSync(new URL(name, schemaFolder), 'utf8')));
  const referralCreateId = JSON.parse(readFileSync(new URL('referral-create.schema.json', schemaFolder), 'utf8')).$id;
  const ajvValidate = ajv.getSchema(referralCreateId);
  if (!ajvValidate) throw new Error('referral-create.schema.json did not compile');
  const zodValidate = (payload: unknown) => ReferralCreate.safeParse(payload).success;

  const rows: BenchRow[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const payloads = fixtures(kind);
    for (const payload of payloads) {
      if (zodValidate(payload) !== ajvValidate(payload)) throw new Error('zod and ajv disagree on a fixture');
    }
    z.config({ jitless: false });
    const zodJit = throughput(payloads, zodValidate);
    z.config({ jitless: true });
    const zodJitless = throughput(payloads, zodValidate);
    z.config({ jitless: false });
    const ajvRate = throughput(payloads, (payload) => ajvValidate(payload));
    const notes = `${payloads.length} ${kind} ReferralCreate fixtures`;
    rows.push(
      { name: `validate ${kind} referral-create: zod`, value: zodJit, unit: 'ops/s', notes },
      { name: `validate ${kind} referral-create: zod jitless`, value: zodJitless, unit: 'ops/s', notes },
      { name: `validate ${kind} referral-create: ajv (JSON Schema)`, value: ajvRate, unit: 'ops/s', notes },
    );
  }
  console.log('\nreferral validation throughput (same payloads, same process)');
  for (const row of rows) console.log(`${row.name.padEnd(52)} ${String(row.value).padStart(10)} ${row.unit}`);
  return rows;
}
