/** Runs the built CLI as a member would, for tests where a restart or the store's file matters. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

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

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
