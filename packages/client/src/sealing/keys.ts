/** Checking and importing the keys that seal (public JWKs) and open (private JWKs or CryptoKeys). */
import { importJWK, type JWK } from 'jose';
import { SealingKeyError } from './errors.js';

export const keyManagement = 'ECDH-ES+A256KW';
export const contentEncryption = 'A256GCM';

/** A private key that opens sealed data: a private JWK with its `kid`, or a CryptoKey named by one. */
export type SealingPrivateKey = JWK | { kid: string; key: CryptoKey };

export interface ImportedKey {
  kid: string;
  key: CryptoKey;
}

function kidOf(jwk: { kid?: unknown }): string {
  if (typeof jwk.kid !== 'string' || !/\S/.test(jwk.kid)) {
    throw new SealingKeyError('a key without a kid: every recipient of sealed data is named by its kid');
  }
  return jwk.kid;
}

/** Refuses a JWK that is not a P-256 key for ECDH-ES+A256KW encryption. */
function checkJwk(jwk: JWK, kid: string): void {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') {
    throw new SealingKeyError(`key ${kid} is ${jwk.kty ?? 'no key type'} ${jwk.crv ?? ''}; sealing uses EC P-256`, kid);
  }
  if (jwk.use !== undefined && jwk.use !== 'enc') {
    throw new SealingKeyError(`key ${kid} has use "${jwk.use}"; only keys with use "enc" seal`, kid);
  }
  if (jwk.alg !== undefined && jwk.alg !== keyManagement) {
    throw new SealingKeyError(`key ${kid} has alg "${jwk.alg}"; sealing uses ${keyManagement}`, kid);
  }
}

async function importPoint(jwk: JWK, kid: string, isPrivate: boolean): Promise<CryptoKey> {
  const point: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ...(isPrivate ? { d: jwk.d } : {}) };
  try {
    return (await importJWK(point, keyManagement)) as CryptoKey;
  } catch (error) {
    throw new SealingKeyError(`key ${kid} is not a valid P-256 ${isPrivate ? 'private' : 'public'} key`, kid, error);
  }
}

function refuseDuplicateKids(kids: string[]): void {
  const duplicate = kids.find((kid, index) => kids.indexOf(kid) !== index);
  if (duplicate !== undefined) throw new SealingKeyError(`two keys share the kid ${duplicate}`, duplicate);
}

/** The recipients' public keys, checked and imported in order. */
export async function importRecipientKeys(keys: readonly JWK[]): Promise<ImportedKey[]> {
  if (keys.length === 0) throw new SealingKeyError('no recipient keys: sealed data must be readable by someone');
  const imported = await Promise.all(
    keys.map(async (jwk) => {
      const kid = kidOf(jwk);
      checkJwk(jwk, kid);
      if (jwk.d !== undefined) throw new SealingKeyError(`key ${kid} is a private key; seal to public keys`, kid);
      return { kid, key: await importPoint(jwk, kid, false) };
    }),
  );
  refuseDuplicateKids(imported.map(({ kid }) => kid));
  return imported;
}

function checkCryptoKey({ kid, key }: ImportedKey): void {
  const algorithm = key.algorithm as EcKeyAlgorithm;
  if (key.type !== 'private' || algorithm.name !== 'ECDH' || algorithm.namedCurve !== 'P-256') {
    throw new SealingKeyError(`key ${kid} is not a private ECDH P-256 CryptoKey`, kid);
  }
  if (!key.usages.includes('deriveBits')) throw new SealingKeyError(`key ${kid} may not derive bits`, kid);
}

/** The private keys, checked and imported in order (a CryptoKey is used as it is). */
export async function importPrivateKeys(keys: readonly SealingPrivateKey[]): Promise<ImportedKey[]> {
  const imported = await Promise.all(
    keys.map(async (given): Promise<ImportedKey> => {
      const kid = kidOf(given);
      if ('key' in given && typeof given.key === 'object') {
        const named = { kid, key: given.key as CryptoKey };
        checkCryptoKey(named);
        return named;
      }
      const jwk = given as JWK;
      checkJwk(jwk, kid);
      if (typeof jwk.d !== 'string')
        throw new SealingKeyError(`key ${kid} is a public key; opening needs the private key`, kid);
      return { kid, key: await importPoint(jwk, kid, true) };
    }),
  );
  refuseDuplicateKids(imported.map(({ kid }) => kid));
  return imported;
}
