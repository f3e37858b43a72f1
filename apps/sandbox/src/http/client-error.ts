/**
 * Requests Node's HTTP parser refuses (headers too large, malformed request lines) never reach the
 * app; they still get a problem+json answer where the connection can carry one.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { requestIdHeader } from '@victim-referral/schemas';
import { ApiError, problemBody } from './problem.js';
import { securityHeaders } from './security-headers.js';

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A client that vanished, or was too slow to finish its request, is not answered.
  if (!socket.writable || error.code === 'ECONNRESET' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy();
    return;
  }
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new ApiError(431, 'headers-too-large', 'The request headers are too large')
      : new ApiError(400, 'malformed-request', 'The request is not valid HTTP');
  const requestId = randomUUID();
  const body = JSON.stringify(problemBody(problem, requestId));
  const headers = {
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    [requestIdHeader]: requestId,
    ...securityHeaders(true),
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${head.join('')}\r\n${body}`);
}
