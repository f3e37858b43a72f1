/**
 * The helper processes an engine needs (a virtual display, a WebDriver server): each started in a
 * process group of its own, so that stopping it also stops what it started (the browser), and
 * stopped when the test process exits, even after a failure.
 */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { once } from 'node:events';

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});

export interface Started {
  readonly child: ChildProcess;
  /** Resolves once the process group has been stopped (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

export function startGroup(command: string, args: string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  running.add(child);
  const exited = once(child, 'exit').finally(() => running.delete(child));
  exited.catch(() => {});
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const killLater = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
      await exited.catch(() => {});
      clearTimeout(killLater);
      // What the leader started may outlive it for a moment; the group goes with it.
      signalGroup(child, 'SIGKILL');
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
