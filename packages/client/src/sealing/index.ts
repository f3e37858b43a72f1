/**
 * @victim-referral/client/sealing — end-to-end sealing of a referral's personal data to the
 * points of contact, on `jose`: `sealFor` seals JSON to every current key of the receiving and the
 * sending organisation, `openSealed` opens it with a private key. What is sealed is the schemas'
 * `sealingTable` (`splitSealed` / `mergeSealed`).
 */
export {
  isSealedDataError,
  isSealingKeyError,
  SealedDataError,
  type SealedDataErrorInit,
  type SealedDataFailure,
  SealingKeyError,
} from './errors.js';
export type { SealingPrivateKey } from './keys.js';
export { openSealed } from './open.js';
export { sealFor } from './seal.js';
