/**
 * Verification of webhook deliveries, for member backends. A delivery is signed in the
 * `Victim-Referral-Signature` header as `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`,
 * keyed with the subscription's secret. Only WebCrypto is used, so it runs on any runtime.
 */
import {
  type WebhookEvent,
  WebhookEvent as WebhookEventSchema,
  webhookSignatureHeader,
} from '@victim-referral/schemas';
import { check } from './validation.js';

/** The header a delivery carries its signature in. */
export { webhookSignatureHeader };

export type WebhookVerificationFailure =
  | 'malformed-header'
  | 'timestamp-outside-tolerance'
  | 'signature-mismatch'
  | 'invalid-payload';

/** Thrown by `verifyWebhook` when a delivery cannot be trusted. Answer such a request with 400. */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyWebhookOptions {
  /** How old (or how far in the future) a delivery's timestamp may be. Default 300 s. */
  toleranceSeconds?: number;
  /** The current time; for tests and clocks you control. */
  now?: Date;
}

const encoder = new TextEncoder();

function parseSignatureHeader(header: string): { timestamp: string; signatures: string[] } | undefined {
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = value;
    // Several `v1` entries may be sent while a secret is being rotated.
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares without stopping at the first difference, so timing tells nothing about the expected value. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

async function sign(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(payload)));
}

/**
 * Checks a webhook delivery and returns its event. Pass the body exactly as received (before any
 * JSON parsing), the `Victim-Referral-Signature` header and the subscription's secret.
 * Throws `WebhookVerificationError` when the header is missing or malformed, the timestamp is
 * outside the tolerance (a replay), the signature does not match, or the body is not a WebhookEvent.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const { toleranceSeconds = 300, now = new Date() } = options;
  const parsed = signatureHeader ? parseSignatureHeader(signatureHeader) : undefined;
  if (!parsed) throw new WebhookVerificationError('malformed-header', `Missing or malformed ${webhookSignatureHeader}`);
  if (Math.abs(now.getTime() / 1000 - Number(parsed.timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp-outside-tolerance',
      'The delivery is older than the tolerance allows',
    );
  }
  const body = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  const expected = await sign(secret, `${parsed.timestamp}.${body}`);
  if (!parsed.signatures.some((signature) => constantTimeEqual(signature, expected))) {
    throw new WebhookVerificationError('signature-mismatch', 'The signature does not match the body and secret');
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError('invalid-payload', 'The body is not JSON');
  }
  const checked = await check(WebhookEventSchema, data);
  if (!checked.ok) {
    const issue = checked.issues[0];
    throw new WebhookVerificationError('invalid-payload', `Not a WebhookEvent: ${issue?.path} ${issue?.message}`);
  }
  return checked.value;
}
