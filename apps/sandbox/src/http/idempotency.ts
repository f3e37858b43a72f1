/**
 * `Idempotency-Key`: the first successful answer to a key is remembered (per credential) and
 * replayed for a retry with the same request; another request under the same key is a 409. The
 * check, the work and the remembering are one synchronous transaction, so two identical
 * requests arriving together still make one record.
 */
import { createHash } from 'node:crypto';
import { idempotencyKeyHeader, type Resource } from '@victim-referral/schemas';
import { type Database, transaction } from '../store/database.js';
import { findRemembered, forgetExpiredKeys, remember } from '../store/idempotency.js';
import { ApiError } from './problem.js';

export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string> | undefined;
}

export interface IdempotentRequest {
  credential: string;
  key: string;
  operation: string;
  /** The contract's resource of the operation: which answers belong to a case. */
  resource: Resource;
  /** The path and the parsed body: what must match for a retry to be the same request. */
  path: string;
  body: unknown;
  now: number;
}

/** The case an answer belongs to (a referral, or a record of one), so that erasing it reaches the copy. */
function referralOf(resource: Resource, body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  if (resource === 'referrals' && 'id' in body) return String(body.id);
  if ('referralId' in body) return String(body.referralId);
  return null;
}

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** Shown once and never stored: a replay answers without it (the follow-up secret). */
function withoutShownOnce(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('followUp' in body)) return body;
  const { followUp: _shownOnce, ...rest } = body;
  return rest;
}

export function checkIdempotencyKey(key: string): void {
  if (!keyPattern.test(key)) {
    throw new ApiError(400, 'validation-failed', `${idempotencyKeyHeader} must be 1 to 255 visible ASCII characters`);
  }
}

export function runIdempotent(
  db: Database,
  request: IdempotentRequest,
  work: () => Answer,
): Answer & { replayed: boolean } {
  const requestHash = createHash('sha256')
    .update(JSON.stringify([request.operation, request.path, request.body]))
    .digest('hex');
  return transaction(db, () => {
    forgetExpiredKeys(db, request.now);
    const previous = findRemembered(db, request.credential, request.key);
    if (previous) {
      if (previous.requestHash !== requestHash) {
        throw new ApiError(
          409,
          'idempotency-conflict',
          `This ${idempotencyKeyHeader} was already used with another request`,
        );
      }
      const stored = previous.body === null ? { body: null } : (JSON.parse(previous.body) as Omit<Answer, 'status'>);
      return { status: previous.status, ...stored, replayed: true };
    }
    const answer = work();
    remember(db, {
      credential: request.credential,
      key: request.key,
      operation: request.operation,
      requestHash,
      status: answer.status,
      body: JSON.stringify({ body: withoutShownOnce(answer.body), headers: answer.headers }),
      createdAt: request.now,
      referralId: referralOf(request.resource, answer.body),
    });
    return { ...answer, replayed: false };
  });
}
