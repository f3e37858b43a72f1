/**
 * Every HTTP exchange of the kit goes through one recording `fetch`, so a failed check can name
 * the request id of what it was about. `wire` sends a request as written — for checks about the
 * wire itself: headers, malformed bodies, statuses the typed client would turn into errors.
 */
import { requestIdHeader } from '@victim-referral/schemas';
import type { Exchange } from './check.js';

/**
 * The longest `Retry-After` of a 429 the kit waits out before sending the request again: a rate
 * limit is the server's right (the sandbox's is a minute), and a run right after another meets it.
 * Longer ones, such as a locked follow-up reference, are answers to check.
 */
const longestRateLimitWaitSeconds = 60;

/** Time a request may take, a rate limit's wait included. */
export const requestTimeoutMs = (longestRateLimitWaitSeconds + 15) * 1000;

export class Recorder {
  /** The exchanges of the check running now. */
  exchanges: Exchange[] = [];
  /** Time spent waiting out rate limits, in the whole run. */
  rateLimitWaitMs = 0;

  readonly fetch = async (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    let response = await fetch(request.clone());
    for (let wait = this.#rateLimitWait(response); wait !== undefined; wait = this.#rateLimitWait(response)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      this.rateLimitWaitMs += wait;
      response = await fetch(request.clone());
    }
    this.exchanges.push({
      method: request.method,
      url: request.url,
      status: response.status,
      requestId: response.headers.get(requestIdHeader) ?? undefined,
    });
    return response;
  };

  /** How long to wait before sending again: after a 429 with a short enough `Retry-After`. */
  #rateLimitWait(response: Response): number | undefined {
    if (response.status !== 429) return undefined;
    const seconds = Number(response.headers.get('retry-after'));
    return Number.isInteger(seconds) && seconds <= longestRateLimitWaitSeconds
      ? Math.max(1, seconds) * 1000
      : undefined;
  }

  /** The exchanges so far, and a fresh list for the next check. */
  take(): Exchange[] {
    const taken = this.exchanges;
    this.exchanges = [];
    return taken;
  }
}

/** The parsed body of a wire answer; checks read it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: answers from a server under test are checked, not trusted
export type Json = any;

export interface WireRequest {
  /** Sent as `Authorization: Bearer …`. */
  credential?: string | undefined;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, instead of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface WireAnswer {
  status: number;
  headers: Headers;
  /** Parsed when the answer says it is JSON (any `+json` too) and parses; else the text. */
  body: Json;
  requestId: string | undefined;
  contentType: string;
}

export type Wire = (method: string, path: string, request?: WireRequest) => Promise<WireAnswer>;

export function wireOf(baseUrl: string, recorder: Recorder): Wire {
  return async (method, path, request = {}) => {
    const headers = new Headers(request.headers);
    if (request.credential) headers.set('Authorization', `Bearer ${request.credential}`);
    let body = request.rawBody;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const response = await recorder.fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, { method, headers, body });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      body: /[/+]json\b/.test(contentType) ? parseOrText(text) : text,
      requestId: response.headers.get(requestIdHeader) ?? undefined,
      contentType,
    };
  };
}

function parseOrText(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `status code` of an answer, as a report shows it: `404 not-found`, `200`. */
export function describe(answer: Pick<WireAnswer, 'status' | 'body'>): string {
  const code = typeof answer.body === 'object' && answer.body !== null ? answer.body.code : undefined;
  return typeof code === 'string' ? `${answer.status} ${code}` : String(answer.status);
}
