#!/usr/bin/env node
// `pnpm bench`: runs every workspace's `bench` script one after the other, then prints one table of
// all their measurements and writes it, with the machine and the date, to docs/benchmarks.md.
// Each bench script writes `bench-results.json`: { "rows": [{ "name", "value", "unit", "notes"? }] }.
// Benchmarks report numbers; they never fail the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultName = 'bench-results.json';

const dirs = spawnSync('pnpm', ['-r', 'exec', 'pwd'], { cwd: root, encoding: 'utf8' })
  .stdout.split('\n')
  .filter(Boolean);
for (const dir of dirs) rmSync(join(dir, resultName), { force: true });

spawnSync('pnpm', ['exec', 'turbo', 'run', 'bench', '--concurrency=1', '--continue', '--output-logs=new-only'], {
  cwd: root,
  stdio: 'inherit',
});

const rows = [];
for (const dir of dirs) {
  const file = join(dir, resultName);
  if (!existsSync(file)) continue;
  const { rows: measured } = JSON.parse(readFileSync(file, 'utf8'));
  for (const row of measured) rows.push({ workspace: basename(dir), ...row });
}

function formatValue(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

const header = '| workspace | measurement | value | unit | notes |\n| --- | --- | ---: | --- | --- |';
const table = [
  header,
  ...rows.map((r) => `| ${r.workspace} | ${r.name} | ${formatValue(r.value)} | ${r.unit} | ${r.notes ?? ''} |`),
].join('\n');

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const document = `# Benchmarks

Measured by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}.

${table}
`;

mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'benchmarks.md'), document);
console.log(`\n${table}\n\nWritten to docs/benchmarks.md (${rows.length} measurements).`);
