/**
 * Where the data stories find the sandbox, read from the environment when Storybook starts or builds.
 * The sandbox issues random credentials when its store is created and shows them once, in the file
 * `--credentials-out` names: the defaults are read from that file (`STORYBOOK_SANDBOX_CREDENTIALS`,
 * by default `apps/storybook/.sandbox-credentials.json`, which the command in the README writes).
 * The publishable key, the contact token and the organisation id (whose published keys the form
 * seals to) are those of the first seeded organisation (Apoio à Vítima Lisboa); the service belongs to the second (Apoio à Vítima Porto), so a professional
 * referral has another organisation to go to. The seed's ids are the same on every start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CredentialsFile {
  baseUrl: string;
  adminToken: string;
  organisations: { id: string; publishableKey: string; contactToken: string }[];
}

const defaultCredentialsFile = fileURLToPath(new URL('../.sandbox-credentials.json', import.meta.url));

/** The credentials file's values, or none when the sandbox has not written one (the stories then show errors). */
function fromCredentialsFile(file: string) {
  if (!existsSync(file)) return { STORYBOOK_API_BASE: 'http://127.0.0.1:8787' };
  const credentials = JSON.parse(readFileSync(file, 'utf8')) as CredentialsFile;
  const [first] = credentials.organisations;
  return {
    STORYBOOK_API_BASE: credentials.baseUrl,
    STORYBOOK_PUBLISHABLE_KEY: first?.publishableKey ?? '',
    STORYBOOK_ORGANISATION_ID: first?.id ?? '',
    STORYBOOK_CONTACT_TOKEN: first?.contactToken ?? '',
    STORYBOOK_ADMIN_TOKEN: credentials.adminToken,
  };
}

const names = [
  'STORYBOOK_API_BASE',
  'STORYBOOK_PUBLISHABLE_KEY',
  'STORYBOOK_ORGANISATION_ID',
  'STORYBOOK_CONTACT_TOKEN',
  'STORYBOOK_SERVICE_ID',
  'STORYBOOK_ADMIN_TOKEN',
] as const;

export type SandboxEnv = Record<(typeof names)[number], string>;

export function sandboxEnv(env: Record<string, string | undefined>): SandboxEnv {
  const defaults: Partial<SandboxEnv> = {
    STORYBOOK_SERVICE_ID: '2622e3c5-2c6d-5136-8d7c-4fbe562ed366',
    ...fromCredentialsFile(env.STORYBOOK_SANDBOX_CREDENTIALS || defaultCredentialsFile),
  };
  return Object.fromEntries(names.map((name) => [name, env[name] || defaults[name] || ''])) as SandboxEnv;
}
