/** Attempts made with ky (the client's default): ky sends, times out each attempt and reads error bodies; `retries.ts` retries. */
import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { AttemptMaker } from './sender.js';

export const kyAttempts: AttemptMaker = (options) => {
  const api = ky.create({
    prefix: options.baseUrl,
    timeout: options.timeoutMs ?? 10_000,
    retry: 0,
    ...(options.fetch && { fetch: options.fetch }),
  });
  return (request) => async (signal) => {
    try {
      const response = await api(request.path, {
        method: request.method,
        searchParams: request.query,
        json: request.body,
        headers: request.headers,
        signal,
      });
      return { response };
    } catch (error) {
      if (isHTTPError(error)) return { failure: { kind: 'http', response: error.response, body: error.data } };
      if (isTimeoutError(error)) return { failure: { kind: 'timeout' } };
      // ky's NetworkError holds the request (and so its Authorization header): only its cause is kept.
      if (isNetworkError(error)) return { failure: { kind: 'network', cause: error.cause } };
      throw error;
    }
  };
};
