/**
 * An organisation's private keys kept on this device, only when its point of contact asks: as
 * non-extractable CryptoKeys in IndexedDB, so the key material itself can never be read back out.
 * Nothing is created on the device until a key is remembered.
 */
import type { SealingPrivateKey } from '@victim-referral/client/sealing';

const databaseName = 'vr-sealing-keys';
const storeName = 'keys';

export type DeviceKey = { kid: string; key: CryptoKey };

/** A key file holds nothing that opens sealed data (not JSON, no private P-256 key with a kid). */
export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

type PrivateJwk = { kid: string; kty: 'EC'; crv: 'P-256'; x: string; y: string; d: string };

function isPrivateP256(value: unknown): value is PrivateJwk {
  const jwk = value as Partial<PrivateJwk> | null;
  return (
    typeof jwk?.kid === 'string' &&
    jwk.kty === 'EC' &&
    jwk.crv === 'P-256' &&
    [jwk.x, jwk.y, jwk.d].every((part) => typeof part === 'string')
  );
}

/** The JWKs of a key file: an array, `{ keys }`, `{ privateKeys }` (the sandbox's credentials), or one JWK. */
function jwksOf(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  const file = parsed as { keys?: unknown; privateKeys?: unknown } | null;
  if (Array.isArray(file?.privateKeys)) return file.privateKeys;
  if (Array.isArray(file?.keys)) return file.keys;
  return [parsed];
}

/** The private keys of a key file, imported as non-extractable CryptoKeys. */
export async function keysFromFile(text: string): Promise<DeviceKey[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyFileError('not JSON');
  }
  const jwks = jwksOf(parsed).filter(isPrivateP256);
  if (jwks.length === 0) throw new KeyFileError('no private P-256 key with a kid');
  return Promise.all(
    jwks.map(async ({ kid, kty, crv, x, y, d }) => ({
      kid,
      key: await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, { name: 'ECDH', namedCurve: crv }, false, [
        'deriveBits',
      ]),
    })),
  );
}

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(storeName);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const pending = run(database.transaction(storeName, mode).objectStore(storeName));
      pending.onsuccess = () => {
        database.close();
        resolve(pending.result);
      };
      pending.onerror = () => {
        database.close();
        reject(pending.error);
      };
    };
  });
}

async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((database) => database.name === databaseName);
}

export async function rememberKeys(organisationId: string, keys: readonly DeviceKey[]): Promise<void> {
  await request((store) => store.put(keys, organisationId), 'readwrite');
}

/** The keys remembered for the organisation on this device, if any. */
export async function rememberedKeys(organisationId: string): Promise<SealingPrivateKey[] | undefined> {
  if (!(await databaseExists())) return undefined;
  return request<DeviceKey[] | undefined>((store) => store.get(organisationId), 'readonly');
}

/** Forgets the organisation's keys; the database goes too once no organisation's keys are left. */
export async function forgetKeys(organisationId: string): Promise<void> {
  if (!(await databaseExists())) return;
  await request((store) => store.delete(organisationId), 'readwrite');
  const left = await request((store) => store.count(), 'readonly');
  if (left === 0) {
    await new Promise<void>((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase(databaseName);
      deleting.onsuccess = () => resolve();
      deleting.onerror = () => reject(deleting.error);
    });
  }
}
