/**
 * The kit's input: the credentials file, in the shape the sandbox's `--credentials-out` writes.
 * At least two organisations with a contact token and the private halves of the keys they
 * publish; a publishable key of at least one of them; an admin token for sandbox-only checks.
 */
import { readFileSync } from 'node:fs';
import { EncryptionKey } from '@victim-referral/schemas';
import * as z from 'zod/mini';

const PrivateKey = z.extend(EncryptionKey, { d: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)) });

const Organisation = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  contactToken: z.string().check(z.minLength(1)),
  publishableKey: z.optional(z.string().check(z.minLength(1))),
  privateKeys: z.array(PrivateKey).check(z.minLength(1, 'Expected at least one private key')),
});

const CredentialsFile = z.object({
  /** Ignored by the kit (the sandbox writes it): the server is named by `--base-url`. */
  baseUrl: z.optional(z.string()),
  adminToken: z.optional(z.string().check(z.minLength(1))),
  organisations: z.array(Organisation).check(
    z.minLength(2, 'Expected at least two organisations'),
    z.refine((orgs) => orgs.some((org) => org.publishableKey !== undefined), {
      message: 'Expected a publishableKey on at least one organisation',
    }),
  ),
});

export type OrganisationCredentials = z.infer<typeof Organisation>;
export type KitCredentials = z.infer<typeof CredentialsFile>;

export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** The credentials in `value`, or a `CredentialsError` listing every problem with its JSON path. */
export function parseCredentials(value: unknown, source = 'credentials'): KitCredentials {
  const parsed = CredentialsFile.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  /${issue.path.join('/')}: ${issue.message}`);
  throw new CredentialsError(`${source} is not a valid credentials file:\n${problems.join('\n')}`);
}

export function readCredentials(file: string): KitCredentials {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CredentialsError(`Cannot read the credentials file ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CredentialsError(`The credentials file ${file} is not JSON: ${(error as Error).message}`);
  }
  return parseCredentials(value, file);
}

/** The parties the checks play: `host` owns the publishable key (self-referrals), `partner` is another member. */
export interface Parties {
  host: OrganisationCredentials & { publishableKey: string };
  partner: OrganisationCredentials;
}

export function partiesOf(credentials: KitCredentials): Parties {
  const host = credentials.organisations.find(
    (org): org is Parties['host'] => org.publishableKey !== undefined,
  ) as Parties['host'];
  const partner = credentials.organisations.find((org) => org !== host) as OrganisationCredentials;
  return { host, partner };
}
