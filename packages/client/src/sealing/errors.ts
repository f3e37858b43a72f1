/**
 * The errors of sealing and opening. Neither ever carries key material or plaintext: they name
 * keys by `kid` only.
 */
import { ReferralApiError } from '../errors.js';

/** No HTTP answer is involved: the message names the code alone, not a missing response. */
function localMessage(error: ReferralApiError): string {
  return `${error.title}: ${error.detail} (${error.code})`;
}

const sealingKeyBrand = Symbol.for('@victim-referral/client:SealingKeyError');
const sealedDataBrand = Symbol.for('@victim-referral/client:SealedDataError');

/** A key given to `sealFor` or `openSealed` that cannot seal or open: no `kid`, another curve, another use. */
export class SealingKeyError extends ReferralApiError {
  override name = 'SealingKeyError';
  /** The offending key's `kid`, when it has one. */
  readonly kid: string | undefined;

  constructor(detail: string, kid?: string, cause?: unknown) {
    super({ status: 0, code: 'invalid-sealing-key', title: 'A key cannot be used for sealing', detail, cause });
    this.message = localMessage(this);
    this.kid = kid;
  }
}
Object.defineProperty(SealingKeyError.prototype, sealingKeyBrand, { value: true });

/** Why sealed data could not be opened. */
export type SealedDataFailure = 'malformed' | 'no-matching-key' | 'decryption-failed' | 'not-json';

export interface SealedDataErrorInit {
  reason: SealedDataFailure;
  detail: string;
  /** The `kid`s of the keys the data is sealed to. */
  recipientKids: readonly string[];
  /** The `kid`s of the private keys given. */
  availableKids: readonly string[];
  /** The `kid`s whose keys were tried, in order. */
  triedKids: readonly string[];
  cause?: unknown;
}

/**
 * Sealed data that cannot be opened with the keys given: not a JWE of the protocol, sealed to
 * none of them, tampered with, or not JSON inside.
 */
export class SealedDataError extends ReferralApiError {
  override name = 'SealedDataError';
  readonly reason: SealedDataFailure;
  readonly recipientKids: readonly string[];
  readonly availableKids: readonly string[];
  readonly triedKids: readonly string[];

  constructor(init: SealedDataErrorInit) {
    const kids = `sealed to [${init.recipientKids.join(', ')}], tried [${init.triedKids.join(', ')}] of [${init.availableKids.join(', ')}]`;
    super({
      status: 0,
      code: 'sealed-data-unreadable',
      title: 'Sealed data cannot be opened',
      detail: `${init.detail}; ${kids}`,
      cause: init.cause,
    });
    this.message = localMessage(this);
    this.reason = init.reason;
    this.recipientKids = init.recipientKids;
    this.availableKids = init.availableKids;
    this.triedKids = init.triedKids;
  }
}
Object.defineProperty(SealedDataError.prototype, sealedDataBrand, { value: true });

/** Whether `value` is a `SealingKeyError`, even one from another copy of the client or another realm. */
export function isSealingKeyError(value: unknown): value is SealingKeyError {
  return (
    typeof value === 'object' && value !== null && (value as { [sealingKeyBrand]?: unknown })[sealingKeyBrand] === true
  );
}

/** Whether `value` is a `SealedDataError`, even one from another copy of the client or another realm. */
export function isSealedDataError(value: unknown): value is SealedDataError {
  return (
    typeof value === 'object' && value !== null && (value as { [sealedDataBrand]?: unknown })[sealedDataBrand] === true
  );
}
