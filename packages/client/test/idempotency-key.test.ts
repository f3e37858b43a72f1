import { afterEach, describe, expect, test, vi } from 'vitest';
import { newIdempotencyKey } from '../src/idempotency-key.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('are random UUIDs v4 from crypto.randomUUID in a secure context', () => {
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    const key = newIdempotencyKey();
    expect(randomUUID).toHaveBeenCalledOnce();
    expect(key).toMatch(uuidV4);
  });

  test('are random UUIDs v4 on plain-http pages, which have no crypto.randomUUID', () => {
    vi.stubGlobal('isSecureContext', false);
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(randomUUID).not.toHaveBeenCalled();
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(uuidV4);
  });
});
