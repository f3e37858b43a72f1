/**
 * The helper processes an engine needs (a virtual display, a WebDriver server), each in a process
 * group of its own, so that stopping it also stops what it started (the browser). They stop when
 * the test process ends in any way — a failure, Ctrl-C, even SIGKILL: each runs under a small shell
 * that stops the group once its standard input, a pipe from this process, closes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Runs the command and waits for it; beside it, waits for stdin to close (this process ended) and
 * then stops the group. Stdin is kept as fd 4: an asynchronous list's own stdin would be /dev/null.
 */
const watchdog = `exec 4<&0
"$@" 4<&- &
child=$!
{ read -r _ <&4 || true; kill -TERM -$$; } 3>&- &
wait "$child"`;

export interface Started {
  readonly child: ChildProcess;
  /** Resolves once the process group has been stopped (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** Starts `command` with its output ignored; `extraPipe` gives it a pipe as fd 3 (`child.stdio[3]`). */
export function startGroup(
  command: string,
  args: string[],
  { env = process.env, extraPipe = false }: { env?: NodeJS.ProcessEnv; extraPipe?: boolean } = {},
): Started {
  const child: ChildProcess = spawn('/bin/sh', ['-c', watchdog, 'watchdog', command, ...args], {
    env,
    stdio: extraPipe ? ['pipe', 'ignore', 'ignore', 'pipe'] : ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  const exited = once(child, 'exit');
  exited.catch(() => {});
  return {
    child,
    async stop() {
      signalGroup(child, 'SIGTERM');
      const killLater = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
      if (child.exitCode === null && child.signalCode === null) await exited.catch(() => {});
      clearTimeout(killLater);
      // What the command started may outlive it for a moment; the group goes with it.
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
