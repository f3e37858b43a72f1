/** Starts one real sandbox server (fault injection on) for every test file, on a free port. */
import { startSandbox } from '@victim-referral/sandbox';
import type { TestProject } from 'vitest/node';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: { url: string; credentials: Sandbox['credentials'] };
  }
}

export default async function setup(project: TestProject) {
  // Organisations without keys: the suites of everything but sealing send clear bodies (sealed-referrals.test.ts seals).
  const sandbox = await startSandbox({
    port: 0,
    faults: true,
    allowPrivateWebhooks: true,
    seed: { encryptionKeys: false },
  });
  project.provide('sandbox', { url: sandbox.url, credentials: sandbox.credentials });
  return () => sandbox.close();
}
