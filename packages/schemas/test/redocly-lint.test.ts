// `redocly lint` with its recommended rules, as a member's CI would run it on our document: it
// must report nothing at all, no error and no warning. The CLI runs with its telemetry off.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { distDir, packageDir } from './support.js';

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[];
}

async function redoclyLint(file: string): Promise<LintReport> {
  const cli = `${packageDir}node_modules/.bin/redocly`;
  const args = ['lint', file, '--extends=recommended', '--format=json'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  // It exits 1 when it finds an error; the report on stdout says what either way.
  const { stdout } = await promisify(execFile)(cli, args, { env }).catch((failure) => failure);
  return JSON.parse(stdout) as LintReport;
}

describe('redocly lint (recommended rules)', () => {
  it('finds no error and no warning in dist/openapi.json', async () => {
    const report = await redoclyLint(`${distDir}openapi.json`);
    const problems = report.problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  });
});
