/**
 * Where the data stories find the sandbox, read from the environment when Storybook starts or builds.
 * The defaults fit `pnpm --filter @victim-referral/sandbox start -- --port 8787`: the sandbox derives
 * its seed and credentials from a fixed secret, so they are the same on every start. The publishable
 * key and the contact token are those of the first seeded organisation (Apoio à Vítima Lisboa); the
 * service belongs to the second (Apoio à Vítima Porto), so a professional referral has another
 * organisation to go to.
 */
const defaults = {
  STORYBOOK_API_BASE: 'http://127.0.0.1:8787',
  STORYBOOK_PUBLISHABLE_KEY: 'pk_ptXJamZ4jcjMdut_xhHZVwywxCOqMepd',
  STORYBOOK_CONTACT_TOKEN: 'ct_E0cy4b8C24t-vseFVE8U60KXmR1UaHwt',
  STORYBOOK_SERVICE_ID: '2622e3c5-2c6d-5136-8d7c-4fbe562ed366',
  STORYBOOK_ADMIN_TOKEN: 'adm_ww9Ckta9KxoCoZiJjerMxNTTTFhVCNY9',
};

export type SandboxEnv = typeof defaults;

export function sandboxEnv(env: Record<string, string | undefined>): SandboxEnv {
  const resolved = { ...defaults };
  for (const name of Object.keys(defaults) as (keyof SandboxEnv)[]) resolved[name] = env[name] || defaults[name];
  return resolved;
}
