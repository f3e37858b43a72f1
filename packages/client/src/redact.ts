import { credentialPrefixes } from '@victim-referral/schemas';

const credentialPattern = new RegExp(
  `\\b(?:Bearer\\s+\\S+|(?:${Object.values(credentialPrefixes).join('|')})[A-Za-z0-9_-]+)`,
  'g',
);

/** Replaces anything that looks like a credential of the protocol (or a bearer token) with `[redacted]`. */
export function redactSecrets(text: string): string {
  return text.replace(credentialPattern, '[redacted]');
}
