// Starts a seeded sandbox and the built example in front of it, speaking for the sandbox's first
// organisation, for the test to drive with Chromium.
import { startSandbox } from '@victim-referral/sandbox';
import type { TestProject } from 'vitest/node';
import { startExampleServer } from '../scripts/example-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    apiBase: string;
    contactToken: string;
  }
}

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: 0, db: ':memory:', seed: true });
  const [member] = sandbox.credentials.organisations;
  if (!member) throw new Error('The sandbox has no organisations');
  const site = await startExampleServer({ port: 0, apiBase: sandbox.url, publishableKey: member.publishableKey });
  project.provide('siteUrl', site.url);
  project.provide('apiBase', sandbox.url);
  project.provide('contactToken', member.contactToken);
  return async () => {
    await site.close();
    await sandbox.close();
  };
}
