/**
 * Attempts made with plain `fetch`, for `createRouteTransport`: what ky does for one attempt of
 * `createTransport` (the URL, the JSON body, a timeout, the error body), in a fraction of its size.
 * Retries stay in `retries.ts`, shared by both.
 */
import { anyOf } from './retries.js';
import type { AttemptMaker } from './sender.js';

export const fetchAttempts: AttemptMaker = (options) => {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = String(options.baseUrl).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  return (request) => async (signal) => {
    const url = new URL(base + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const json = request.body !== undefined;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await send(url, {
        method: request.method,
        headers: {
          accept: 'application/json',
          ...(json && { 'content-type': 'application/json' }),
          ...request.headers,
        },
        body: json ? JSON.stringify(request.body) : null,
        signal: anyOf([signal, timeout]),
      });
      if (response.ok) return { response };
      // A proxy's HTML page is no problem document: the error mapping then goes by the status.
      return { failure: { kind: 'http', response, body: await response.json().catch(() => undefined) } };
    } catch (error) {
      if (signal.aborted) throw error;
      if (timeout.aborted) return { failure: { kind: 'timeout' } };
      return { failure: { kind: 'network', cause: error } };
    }
  };
};
