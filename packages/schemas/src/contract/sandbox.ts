/** Sandbox administration: its clock and fault injection (sandbox started with --faults only). */
import { FaultRule, FaultsArmed } from '../records/fault.js';
import { ClockAdvance, SandboxClock } from '../records/sandbox-clock.js';
import { endpoint, errorsWith } from './endpoint.js';

/** Where the reference sandbox (`victim-referral-sandbox`) listens unless told otherwise. */
export const sandboxDefaultAddress = { host: '127.0.0.1', port: 8787 } as const;

/** The sandbox's base URL with its default address: the server the OpenAPI document names. */
export const sandboxDefaultUrl = `http://${sandboxDefaultAddress.host}:${sandboxDefaultAddress.port}`;

export const getSandboxClock = endpoint({
  method: 'GET',
  path: '/v1/sandbox/clock',
  resource: 'sandbox',
  summary: "The sandbox's clock (sandbox started with --faults only)",
  auth: ['admin-token'],
  success: { status: 200, body: SandboxClock },
  errors: errorsWith(403, 404),
});

export const advanceSandboxClock = endpoint({
  method: 'POST',
  path: '/v1/sandbox/clock',
  resource: 'sandbox',
  summary: "Move the sandbox's clock forward; deadlines passed fire at once (sandbox started with --faults only)",
  auth: ['admin-token'],
  body: ClockAdvance,
  success: { status: 200, body: SandboxClock },
  errors: errorsWith(403, 404, 413, 415),
});

export const armFaults = endpoint({
  method: 'POST',
  path: '/v1/sandbox/faults',
  resource: 'sandbox',
  summary: 'Arm fault injection for the next matching requests (sandbox started with --faults only)',
  auth: ['admin-token'],
  body: FaultRule,
  success: { status: 201, body: FaultsArmed },
  errors: errorsWith(403, 404, 413, 415),
});
