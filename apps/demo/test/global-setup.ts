// Starts a seeded sandbox (with fault injection, for the dropped-network journey) and the demo
// site in front of it, for the journeys to drive with Chromium.
import { startSandbox } from '@victim-referral/sandbox';
import type { TestProject } from 'vitest/node';
import { startDemoServer } from '../scripts/demo-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    apiBase: string;
    credentials: Awaited<ReturnType<typeof startSandbox>>['credentials'];
  }
}

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: 0, db: ':memory:', seed: true, faults: true, allowPrivateWebhooks: true });
  const site = await startDemoServer({ port: 0, apiBase: sandbox.url, credentials: sandbox.credentials });
  project.provide('siteUrl', site.url);
  project.provide('apiBase', sandbox.url);
  project.provide('credentials', sandbox.credentials);
  return async () => {
    await site.close();
    await sandbox.close();
  };
}
