/** Runs the built CLI as a member would, for tests where a restart or the store's file matters. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { SandboxCredentials } from '../../src/index.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

export interface RunningCli {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far, stdout and stderr apart. */
  output: { stdout: string; stderr: string };
  /** Resolves once what it printed on `stream` matches `pattern`. */
  printed(stream: 'stdout' | 'stderr', pattern: RegExp): Promise<void>;
}

/** Starts `victim-referral-sandbox --port 0 ...args` and resolves once it says it listens. */
export function startCli(args: string[]): Promise<RunningCli> {
  expect(existsSync(cli), 'build the sandbox first (pnpm build)').toBe(true);
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  const printed = (stream: 'stdout' | 'stderr', pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const check = () => pattern.test(output[stream]) && resolve();
      check();
      child[stream]?.on('data', () => setImmediate(check));
    });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output.stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)\/v1/.exec(output.stdout);
      if (match?.[1] && output.stdout.includes('credentials:')) resolve({ child, url: match[1], output, printed });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output.stderr += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output.stdout}${output.stderr}`)));
  });
}

export interface CliStore {
  dbFile: string;
  credentialsFile: string;
  /** Starts the CLI on this store (with its credentials file); resolves once it listens. */
  start(extraArgs?: string[]): Promise<RunningCli>;
  /** The credentials file written when the store was created. */
  credentials(): SandboxCredentials;
  /** Removes the store (the CLIs started are killed after the file's tests). */
  dispose(): void;
}

/** A file store in a folder of its own, for tests that restart the CLI on it. */
export function cliStore(name: string): CliStore {
  const dir = mkdtempSync(join(tmpdir(), `sandbox-${name}-`));
  const dbFile = join(dir, 'sandbox.db');
  const credentialsFile = join(dir, 'credentials.json');
  return {
    dbFile,
    credentialsFile,
    start: (extraArgs = []) => startCli(['--db', dbFile, '--credentials-out', credentialsFile, ...extraArgs]),
    credentials: () => JSON.parse(readFileSync(credentialsFile, 'utf8')) as SandboxCredentials,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Kills the process as a crash would, and resolves once it is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
