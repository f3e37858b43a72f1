/**
 * A default sandbox for one test, started as the client's and the demo's suites start theirs
 * (`startSandbox` on a free loopback port), writing its credentials file as `--credentials-out`
 * does. Webhooks to loopback are allowed, as `--allow-private-webhooks` allows them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, type SandboxOptions, startSandbox } from '@victim-referral/sandbox';

export interface TestSandbox {
  sandbox: Sandbox;
  credentialsFile: string;
  close(): Promise<void>;
}

/** A default sandbox, unless `options` say otherwise. */
export async function startTestSandbox(options: Pick<SandboxOptions, 'rateLimit'> = {}): Promise<TestSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
  const credentialsFile = join(dir, 'credentials.json');
  const sandbox = await startSandbox({ port: 0, credentialsFile, allowPrivateWebhooks: true, ...options });
  return {
    sandbox,
    credentialsFile,
    close: async () => {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on now, for the kit's webhook receiver. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
