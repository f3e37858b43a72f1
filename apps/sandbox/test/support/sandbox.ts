/** Starts a sandbox for a test file and talks to it over real HTTP. */
import type { ReferralCreate } from '@victim-referral/schemas';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type ResponseMismatch,
  type Sandbox,
  type SandboxOptions,
  type SandboxOrganisationCredentials,
  startSandbox,
} from '../../src/index.js';

/** The parsed body of a black-box answer; the tests check it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by the compiler
type Json = any;

export interface Reply<Body = Json> {
  status: number;
  headers: Headers;
  body: Body;
}

export interface RequestOptions {
  token?: string | undefined;
  body?: unknown;
  /** Sent as is, instead of `body` as JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function call<Body = Json>(
  baseUrl: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<Reply<Body>> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: contentType.includes('json') && text !== '' ? JSON.parse(text) : text,
  };
}

export interface TestSandbox {
  sandbox: Sandbox;
  mismatches: ResponseMismatch[];
  request<Body = Json>(method: string, path: string, options?: RequestOptions): Promise<Reply<Body>>;
  /** Contact token, publishable key, private keys (none unless seeded with keys) and id of the n-th seeded organisation. */
  org(n: number): SandboxOrganisationCredentials;
  admin: string;
}

/**
 * A sandbox for the test file, started before its tests and closed after. Any answer that does
 * not match the contract fails the file. Its organisations publish no encryption keys, so tests of
 * everything but sealing send clear bodies; `seed: { encryptionKeys: true }` seeds key pairs.
 */
export function useSandbox(options: SandboxOptions = {}): TestSandbox {
  const mismatches: ResponseMismatch[] = [];
  const state = {} as TestSandbox;
  beforeAll(async () => {
    const seed = options.seed === undefined || options.seed === true ? {} : options.seed;
    state.sandbox = await startSandbox({
      onResponseMismatch: (m) => mismatches.push(m),
      ...options,
      seed: seed === false ? false : { encryptionKeys: false, ...seed },
    });
    state.admin = state.sandbox.credentials.adminToken;
  });
  afterAll(async () => {
    await state.sandbox?.close();
    if (!options.onResponseMismatch) expect(mismatches).toEqual([]);
  });
  state.mismatches = mismatches;
  state.request = (method, path, requestOptions) => call(state.sandbox.url, method, path, requestOptions);
  state.org = (n) => {
    const organisation = state.sandbox.credentials.organisations[n];
    if (!organisation) throw new Error(`No seeded organisation ${n}`);
    return organisation;
  };
  return state;
}

/** A complete, valid referral body to `receivingOrganisationId`. */
export function referralBody(overrides: Partial<ReferralCreate> = {}): ReferralCreate {
  return {
    status: 'sent',
    priority: 'urgent',
    needs: { assistance: ['emotional-support', 'legal-advice'], victimTypes: ['robbery-theft'] },
    caseSummary: 'Tourist robbed in Lisbon; reported to the police; wants support at home.',
    assessment: { riskLevel: 'medium', protectionNeeds: ['interpreter'], assessedAt: '2026-03-04T10:30:00Z' },
    victim: {
      name: 'Anna',
      languages: ['pl', 'en'],
      ageGroup: 'adult',
      contact: { kind: 'safe-contact', channels: [{ method: 'phone', phone: '+48601234567' }], mayLeaveMessage: true },
    },
    consent: {
      explicit: true,
      recordedAt: '2026-03-04T10:12:00Z',
      method: 'verbal',
      dataShared: ['contact-details', 'identity', 'needs', 'case-summary'],
      purposes: ['provide-support', 'contact-victim'],
      sharedWith: 'receiving-organisation',
      withdrawalExplained: true,
    },
    ...overrides,
  };
}
