/** Runs the built CLI on a file store, as a member would, to test what a restart must keep. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxCredentials } from '../../src/index.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

export interface CliStore {
  dbFile: string;
  credentialsFile: string;
  /** Starts the CLI on this store; resolves with its URL once it says it listens. */
  start(extraArgs?: string[]): Promise<{ child: ChildProcess; url: string }>;
  credentials(): SandboxCredentials;
  /** Kills every CLI it started and removes the store. */
  dispose(): void;
}

export function cliStore(name: string): CliStore {
  if (!existsSync(cli)) throw new Error('Build the sandbox first (pnpm build)');
  const dir = mkdtempSync(join(tmpdir(), `sandbox-${name}-`));
  const dbFile = join(dir, 'sandbox.db');
  const credentialsFile = join(dir, 'credentials.json');
  const children: ChildProcess[] = [];
  return {
    dbFile,
    credentialsFile,
    start(extraArgs = []) {
      const args = [cli, '--port', '0', '--db', dbFile, '--credentials-out', credentialsFile, ...extraArgs];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      return new Promise((resolve, reject) => {
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)\/v1/.exec(output);
          if (match?.[1] && output.includes('credentials:')) resolve({ child, url: match[1] });
        });
        child.stderr?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
      });
    },
    credentials: () => JSON.parse(readFileSync(credentialsFile, 'utf8')) as SandboxCredentials,
    dispose() {
      for (const child of children) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Kills the process as a crash would, and resolves once it is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
