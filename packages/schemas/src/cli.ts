/**
 * victim-referral-schemas: list the record schemas, validate JSON files against them, import HSDS,
 * make encryption key pairs. Exit codes: 0 all valid, 1 some record invalid, 2 usage or input error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { isSchemaName, schemaNames } from './catalog.js';
import { fromHsds } from './hsds/index.js';
import { generateEncryptionKeyPair } from './keys.js';
import type { FieldError } from './records/problem.js';
import { validate } from './validate.js';

const usage = `Usage: victim-referral-schemas <command> [options]

Commands:
  list                              print the schema names
  validate <schema> <file|->...     validate JSON files (or stdin) against a schema
  hsds import <file|->              convert HSDS 3.1 JSON to our records (warnings on stderr)
  keys generate --out <file> [--kid <kid>]
                                    make a P-256 encryption key pair: the private JWK goes to
                                    <file> (created with mode 0600, never overwritten), the
                                    public JWK to stdout; the kid defaults to the RFC 7638 thumbprint

Options:
  --json       machine-readable report (validate)
  -h, --help   show this help
  -v, --version  show the version

Exit codes: 0 valid, 1 invalid records, 2 usage or input errors.`;

class UsageError extends Error {}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not valid JSON`);
  }
}

function displayPath(pointer: string): string {
  return pointer === '' ? '(root)' : pointer;
}

function runValidate(positionals: string[], asJson: boolean): number {
  const [schema, ...files] = positionals;
  if (!schema || files.length === 0) throw new UsageError('validate needs a schema name and at least one file');
  if (!isSchemaName(schema)) throw new UsageError(`unknown schema "${schema}" (see "list")`);
  const reports: { file: string; valid: boolean; errors: FieldError[] }[] = files.map((file) => {
    const result = validate(schema, readJson(file));
    return { file, valid: result.ok, errors: result.ok ? [] : result.errors };
  });
  const valid = reports.every((report) => report.valid);
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ schema, valid, files: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      if (report.valid) process.stdout.write(`${report.file}: valid\n`);
      for (const error of report.errors) {
        process.stdout.write(`${report.file}: ${displayPath(error.path)}: ${error.message}\n`);
      }
    }
  }
  return valid ? 0 : 1;
}

function runHsds(positionals: string[]): number {
  const [subcommand, file, ...rest] = positionals;
  if (subcommand !== 'import' || !file || rest.length > 0) throw new UsageError('usage: hsds import <file|->');
  const { organisations, services, warnings } = fromHsds(readJson(file));
  for (const warning of warnings) process.stderr.write(`warning: ${displayPath(warning.path)}: ${warning.message}\n`);
  process.stdout.write(`${JSON.stringify({ organisations, services }, null, 2)}\n`);
  return 0;
}

async function runKeys(positionals: string[], out: string | undefined, kid: string | undefined): Promise<number> {
  const [subcommand, ...rest] = positionals;
  if (subcommand !== 'generate' || rest.length > 0)
    throw new UsageError('usage: keys generate --out <file> [--kid <kid>]');
  if (!out) throw new UsageError('keys generate needs --out <file> for the private key');
  if (kid !== undefined && !/\S/.test(kid)) throw new UsageError('--kid must not be blank');
  const { publicKey, privateKey } = await generateEncryptionKeyPair(kid === undefined ? {} : { kid });
  try {
    // 'wx' refuses an existing file; the mode applies as the file is created, so it is never readable by others.
    writeFileSync(out, `${JSON.stringify(privateKey, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(
      code === 'EEXIST' ? `${out}: exists; not overwriting a key` : `${out}: cannot write (${code})`,
    );
  }
  process.stdout.write(`${JSON.stringify(publicKey, null, 2)}\n`);
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      kid: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  switch (command) {
    case 'list':
      process.stdout.write(`${schemaNames.join('\n')}\n`);
      return 0;
    case 'validate':
      return runValidate(rest, values.json);
    case 'hsds':
      return runHsds(rest);
    case 'keys':
      return runKeys(rest, values.out, values.kid);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // parseArgs reports unknown options with a TypeError carrying an ERR_PARSE_ARGS_* code.
  const isUsage =
    error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (!isUsage) throw error;
  process.stderr.write(`victim-referral-schemas: ${(error as Error).message}\nTry --help.\n`);
  process.exitCode = 2;
}
