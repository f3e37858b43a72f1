import { createReferralClient } from '@victim-referral/client';
import type { FaultRule } from '@victim-referral/schemas';

/**
 * The sandbox server the data stories talk to, fixed when Storybook starts or builds from
 * `STORYBOOK_API_BASE`, `STORYBOOK_PUBLISHABLE_KEY`, `STORYBOOK_ORGANISATION_ID`, `STORYBOOK_CONTACT_TOKEN`,
 * `STORYBOOK_SERVICE_ID` and `STORYBOOK_ADMIN_TOKEN` (defaults in .storybook/sandbox-env.ts).
 */
export const sandbox = {
  apiBase: import.meta.env.STORYBOOK_API_BASE,
  publishableKey: import.meta.env.STORYBOOK_PUBLISHABLE_KEY,
  /** The publishable key's organisation: self-referrals go to it, sealed to its published keys. */
  organisationId: import.meta.env.STORYBOOK_ORGANISATION_ID,
  contactToken: import.meta.env.STORYBOOK_CONTACT_TOKEN,
  /** A service of another organisation than the contact token's, for professional referrals. */
  serviceId: import.meta.env.STORYBOOK_SERVICE_ID,
  adminToken: import.meta.env.STORYBOOK_ADMIN_TOKEN,
} as const;

/**
 * An API address that cannot be reached: port 9 is on the Fetch standard's list of bad ports, so the
 * browser fails the request at once, without a server and without sending anything.
 */
export const unreachableApiBase = 'http://127.0.0.1:9';

/**
 * Makes the next matching requests misbehave (a sandbox started with `--faults`). Resolves to false
 * when the sandbox is not running or has fault injection off, so a story can say what it needs.
 */
export async function armFault(rule: FaultRule): Promise<boolean> {
  const client = createReferralClient({ baseUrl: sandbox.apiBase, auth: { token: sandbox.adminToken }, retry: false });
  return client.admin.armFaults(rule).then(
    () => true,
    () => false,
  );
}
