/** Runs the built CLI as a member would, to its end. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect } from 'vitest';

const cli = new URL('../../bin/victim-referral-conformance.js', import.meta.url).pathname;

export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  expect(existsSync(new URL('../../dist/cli.js', import.meta.url)), 'build the kit first (pnpm build)').toBe(true);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
