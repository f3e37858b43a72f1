// Starts a seeded sandbox, the neutral site and the member site in front of the sandbox, once for
// every engine's journeys.
import { startSandbox } from '@victim-referral/sandbox';
import type { EncryptionPrivateKey } from '@victim-referral/schemas';
import type { TestProject } from 'vitest/node';
import { startNeutralSite, startSite } from './site-server.js';

/** The member organisation whose site the test site is. */
export interface HostOrganisation {
  id: string;
  publishableKey: string;
  contactToken: string;
  /** Open what the site's form sealed to the organisation. */
  privateKeys: EncryptionPrivateKey[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    exitUrl: string;
    apiBase: string;
    host: HostOrganisation;
    /** A member abroad that refers cases to the host. */
    abroad: HostOrganisation;
  }
}

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: 0, db: ':memory:', seed: true });
  const [host] = sandbox.credentials.organisations;
  if (!host) throw new Error('The sandbox has no organisations');
  const abroad = sandbox.credentials.organisations.find((organisation) => organisation.country !== host.country);
  if (!abroad) throw new Error('The sandbox has no member abroad');
  const neutral = await startNeutralSite();
  const exitUrl = `${neutral.url}/weather`;
  const site = await startSite({
    apiBase: sandbox.url,
    publishableKey: host.publishableKey,
    organisationId: host.id,
    exitUrl,
    staff: { contactToken: host.contactToken, privateKeys: host.privateKeys },
  });
  project.provide('siteUrl', site.url);
  project.provide('exitUrl', exitUrl);
  project.provide('apiBase', sandbox.url);
  const { id, publishableKey, contactToken, privateKeys } = host;
  project.provide('host', { id, publishableKey, contactToken, privateKeys });
  project.provide('abroad', {
    id: abroad.id,
    publishableKey: abroad.publishableKey,
    contactToken: abroad.contactToken,
    privateKeys: abroad.privateKeys,
  });
  return async () => {
    await site.close();
    await neutral.close();
    await sandbox.close();
  };
}
