/** In development every answer is checked against the contract: a mismatch fails loudly. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ResponseMismatch } from '../src/index.js';
import { useSandbox } from './support/sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-mismatch-'));
const mismatches: ResponseMismatch[] = [];
const t = useSandbox({ db: join(dir, 'sandbox.db'), onResponseMismatch: (m) => mismatches.push(m) });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('response validation', () => {
  it('answers 500 internal and reports the mismatch when a stored record breaks the contract', async () => {
    const page = await t.request('GET', '/v1/services?limit=1', { token: t.admin });
    const id: string = page.body.items[0].id;
    // Another writer corrupts the record behind the server's back.
    const db = new DatabaseSync(join(dir, 'sandbox.db'));
    db.prepare("UPDATE services SET data = json_remove(data, '$.name') WHERE id = ?").run(id);
    db.close();

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await t.request('GET', `/v1/services/${id}`, { token: t.admin });
    expect(reply.status).toBe(500);
    expect(reply.headers.get('content-type')).toBe('application/problem+json');
    expect(reply.body.code).toBe('internal');
    expect(mismatches).toEqual([
      { operationId: 'getService', status: 200, errors: [expect.objectContaining({ path: '/name' })] },
    ]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('getService'));
    logged.mockRestore();
  });
});
