// Apart from the contract, whose modules build zod schemas: code that only needs the prefixes (the
// client's redaction, on every bundle's path) must not bring them along.

/** How a caller proves who it is: every credential travels as `Authorization: Bearer <token>`. */
export type Credential = 'none' | 'publishable-key' | 'contact-token' | 'admin-token';

export const credentialPrefixes = {
  'publishable-key': 'pk_',
  'contact-token': 'ct_',
  'admin-token': 'adm_',
} as const satisfies Record<Exclude<Credential, 'none'>, string>;
