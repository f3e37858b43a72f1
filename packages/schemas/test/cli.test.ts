import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptionKey, jwkThumbprint, schemaNames } from '../src/index.js';
import { distDir, fixtures, hsdsExampleFiles, packageDir, readJson } from './support.js';

function cli(args: string[], input?: string, cwd?: string) {
  const result = spawnSync(process.execPath, [`${distDir}cli.js`, ...args], { input, cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectUsageError(result: ReturnType<typeof cli>, pattern: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const all = fixtures();

describe('victim-referral-schemas CLI', () => {
  it('prints help and version', () => {
    expect(cli(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('validate <schema>') });
    const { version } = readJson(`${packageDir}package.json`) as { version: string };
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('lists the schema names', () => {
    expect(cli(['list'])).toMatchObject({ status: 0, stdout: `${schemaNames.join('\n')}\n` });
  });

  it('gives every fixture its verdict and expected paths, one process per schema', { timeout: 30_000 }, () => {
    const directory = mkdtempSync(join(tmpdir(), 'vr-cli-'));
    try {
      for (const name of schemaNames) {
        const cases = all.filter((fixture) => fixture.schema === name);
        const files = cases.map((fixture, index) => {
          if (fixture.valid) return fixture.file;
          const file = join(directory, `${name}.${index}.json`);
          writeFileSync(file, JSON.stringify(fixture.data));
          return file;
        });
        const result = cli(['validate', name, '--json', ...files]);
        expect(result.status, name).toBe(1);
        const report = JSON.parse(result.stdout) as { files: { valid: boolean; errors: { path: string }[] }[] };
        cases.forEach((fixture, index) => {
          const fileReport = report.files[index];
          expect(fileReport?.valid, fixture.file).toBe(fixture.valid);
          const paths = fileReport?.errors.map((error) => error.path);
          for (const path of fixture.expectedErrorPaths) expect(paths, fixture.file).toContain(path);
        });
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('prints "<file>: <pointer>: <message>" per error and exits 1', () => {
    const fixture = all.find((candidate) => candidate.file.endsWith('referral-create.languages-and-consent.json'));
    const result = cli(['validate', 'referral-create', '-'], JSON.stringify(fixture?.data));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('-: /victim/languages/0: Expected a language tag such as "en" or "pt-BR"\n');
    expect(result.stdout).toContain('-: /consent/explicit: Expected true\n');
    const valid = all
      .filter((candidate) => candidate.valid && candidate.schema === 'victim')
      .map((candidate) => candidate.file);
    expect(cli(['validate', 'victim', ...valid])).toMatchObject({
      status: 0,
      stdout: valid.map((file) => `${file}: valid\n`).join(''),
    });
  });

  it('reports a mix as JSON with --json', () => {
    const valid = all.find((fixture) => fixture.valid && fixture.schema === 'referral-create');
    const result = cli(['validate', 'referral-create', '--json', valid?.file ?? '', '-'], '{"caseSummary":"x"}');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schema: 'referral-create', valid: false });
    expect(report.files.map((file: { valid: boolean }) => file.valid)).toEqual([true, false]);
    expect(report.files[1].errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/needs' })]));
  });

  it('exits 2 with one line on usage and input errors', () => {
    expectUsageError(cli([]), /no command given/);
    expectUsageError(cli(['frobnicate']), /unknown command "frobnicate"/);
    expectUsageError(cli(['validate', 'referral']), /needs a schema name and at least one file/);
    expectUsageError(cli(['validate', 'patient', '-'], '{}'), /unknown schema "patient"/);
    expectUsageError(cli(['validate', 'referral', `${packageDir}no-such-file.json`]), /cannot read \(ENOENT\)/);
    expectUsageError(cli(['validate', 'referral', '-'], 'not json'), /-: not valid JSON/);
    expectUsageError(cli(['list', '--colour']), /Unknown option '--colour'/);
  });

  it.each(hsdsExampleFiles())('imports HSDS example %s', (file) => {
    const result = cli(['hsds', 'import', file]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Array.isArray(output.organisations) && Array.isArray(output.services)).toBe(true);
    expect(result.stderr).toMatch(/^(warning: .+\n)*$/);
  });

  it('imports HSDS from stdin and warns on stderr', () => {
    const result = cli(
      ['hsds', 'import', '-'],
      JSON.stringify({ id: 'svc-1', name: 'Linha de Apoio', status: 'active' }),
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).services).toHaveLength(1);
    expect(result.stderr).toContain('warning: /id: id "svc-1" is not a UUID');
  });

  describe('keys generate', () => {
    function inTempDir(run: (directory: string) => Promise<void> | void) {
      return async () => {
        const directory = mkdtempSync(join(tmpdir(), 'vr-keys-'));
        try {
          await run(directory);
        } finally {
          rmSync(directory, { recursive: true, force: true });
        }
      };
    }

    it(
      'writes the private JWK to a new file only its owner reads and prints the public JWK',
      inTempDir(async (directory) => {
        const file = join(directory, 'lisbon.private.jwk.json');
        const result = cli(['keys', 'generate', '--out', file]);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        const publicKey = JSON.parse(result.stdout);
        expect(EncryptionKey.safeParse(publicKey).success).toBe(true);
        expect(publicKey.kid).toBe(await jwkThumbprint(publicKey));
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(readJson(file)).toEqual({ ...publicKey, d: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
        expect(result.stdout).not.toContain((readJson(file) as { d: string }).d);
      }),
    );

    it(
      'takes --kid, and writes relative to the working directory',
      inTempDir((directory) => {
        const result = cli(['keys', 'generate', '--kid', 'lisbon-2026-03', '--out', 'key.json'], undefined, directory);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).kid).toBe('lisbon-2026-03');
        expect(readJson(join(directory, 'key.json'))).toMatchObject({ kid: 'lisbon-2026-03' });
      }),
    );

    it(
      'never overwrites a file, and exits 2 without --out or with a blank kid',
      inTempDir((directory) => {
        const file = join(directory, 'existing.json');
        writeFileSync(file, 'an older key\n');
        expectUsageError(cli(['keys', 'generate', '--out', file]), /existing\.json: exists; not overwriting a key/);
        expect(readFileSync(file, 'utf8')).toBe('an older key\n');
        expectUsageError(cli(['keys', 'generate']), /needs --out <file>/);
        expectUsageError(
          cli(['keys', 'generate', '--kid', ' ', '--out', join(directory, 'k.json')]),
          /--kid must not be blank/,
        );
        expectUsageError(cli(['keys', 'rotate', '--out', join(directory, 'k.json')]), /usage: keys generate/);
        expectUsageError(
          cli(['keys', 'generate', '--out', join(directory, 'missing', 'k.json')]),
          /cannot write \(ENOENT\)/,
        );
      }),
    );
  });
});
