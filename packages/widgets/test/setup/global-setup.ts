/**
 * Node side of the browser tests: starts the sandbox (with fault injection) and a static server
 * that serves the CDN file under a strict Content-Security-Policy header, and hands their
 * addresses and credentials to the tests through `inject()`.
 */
import { startSandbox } from '@victim-referral/sandbox';
import type { EncryptionPrivateKey } from '@victim-referral/schemas';
import type { TestProject } from 'vitest/node';
import { startCspSite } from './csp-site.js';

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: 0, faults: true, allowPrivateWebhooks: true });
  const cspSite = await startCspSite();
  const { credentials } = sandbox;
  project.provide('sandbox', {
    apiBase: sandbox.url,
    adminToken: credentials.adminToken,
    organisations: credentials.organisations.map(
      ({ id, name, country, publishableKey, contactToken, privateKeys }) => ({
        id,
        name,
        country,
        publishableKey,
        contactToken,
        privateKeys,
      }),
    ),
  });
  project.provide('cspSite', cspSite.url);
  return async () => {
    await cspSite.close();
    await sandbox.close();
  };
}

export interface SandboxInfo {
  apiBase: string;
  adminToken: string;
  organisations: {
    id: string;
    name: string;
    country: string;
    publishableKey: string;
    contactToken: string;
    /** The organisation's private keys: what the form seals to it, its point of contact opens with these. */
    privateKeys: EncryptionPrivateKey[];
  }[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: SandboxInfo;
    cspSite: string;
  }
}
