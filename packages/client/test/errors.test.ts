import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import * as built from '../dist/index.js';
import {
  isReferralApiError,
  ReferralApiError,
  ReferralAuthenticationError,
  ReferralForbiddenError,
  ReferralNetworkError,
} from '../src/index.js';
import { admin, alpha, alphaContact, clientWith, sandbox } from './support.js';

const secretToken = `ct_${'s3cr3t'.repeat(6)}`;

/** Everything a developer could end up printing about an error. */
function printed(error: unknown): string {
  return [
    String(error),
    (error as Error).stack,
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ].join('\n');
}

describe('authentication errors and redaction', () => {
  test('an unknown token is a ReferralAuthenticationError that never shows the token', async () => {
    const client = clientWith({ token: secretToken });
    const error = await client.organisations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect((error as ReferralApiError).requestId).toEqual(expect.any(String));
    expect(printed(error)).not.toContain('s3cr3t');
    expect(printed(error)).not.toMatch(/authorization/i);
  });

  test('a network error with a token provider never shows the token', async () => {
    const client = clientWith({ token: async () => secretToken }, { baseUrl: 'http://127.0.0.1:9', retry: false });
    const error = await client.referrals.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralNetworkError);
    expect(printed(error)).not.toContain('s3cr3t');
  });

  test('a credential the server echoes in a detail is redacted', () => {
    const error = new ReferralApiError({
      status: 401,
      code: 'unauthenticated',
      title: 'Unknown key pk_live_abc123',
      detail: `Header was Bearer ${secretToken}`,
    });
    expect(printed(error)).not.toContain('s3cr3t');
    expect(printed(error)).not.toContain('pk_live_abc123');
    expect(error.detail).toBe('Header was [redacted]');
  });

  test('a contact token may not administer the sandbox: ReferralForbiddenError', async () => {
    const error = await alphaContact.admin
      .armFaults({ pathPrefix: '/v1/nothing', count: 1, action: { kind: 'drop-after-response' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralForbiddenError);
  });
});

describe('toJSON', () => {
  test('carries every field and the subclass extras, safe to log', async () => {
    const error = await clientWith({ token: secretToken })
      .organisations.get(alpha.id)
      .catch((e: unknown) => e);
    const json = (error as ReferralApiError).toJSON();
    expect(json).toMatchObject({
      name: 'ReferralAuthenticationError',
      status: 401,
      code: 'unauthenticated',
      title: expect.any(String),
      fieldErrors: [],
      requestId: expect.any(String),
    });
    expect(json.message).toContain('401');
  });
});

describe('isReferralApiError', () => {
  test('recognises errors of another copy of the client, where instanceof does not', async () => {
    const other = built.createReferralClient({ baseUrl: sandbox.url, auth: { token: secretToken }, retry: false });
    const error = await other.organisations.list().catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ReferralApiError);
    expect(error).toBeInstanceOf(built.ReferralApiError);
    expect(isReferralApiError(error)).toBe(true);
    expect(
      built.isReferralApiError(await alphaContact.referrals.get(crypto.randomUUID()).catch((e: unknown) => e)),
    ).toBe(true);
  });

  test('rejects everything else', async () => {
    expect(isReferralApiError(new Error('x'))).toBe(false);
    expect(isReferralApiError({ status: 404, code: 'not-found' })).toBe(false);
    expect(isReferralApiError(null)).toBe(false);
    expect(isReferralApiError('ReferralApiError')).toBe(false);
    expect(await admin.protocol.info()).not.toSatisfy(isReferralApiError);
  });
});
