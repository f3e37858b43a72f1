/**
 * One webhook delivery over HTTP(S), connecting only to addresses the target policy allows: the
 * name is resolved at connect time and every address of the answer is checked before connecting.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { refusedAddress, refusedUrl, type WebhookTargetPolicy } from '../domain/webhook-targets.js';

export type Resolver = typeof dnsLookup;

export interface Target extends WebhookTargetPolicy {
  /** Resolves host names (default: the system's `dns.lookup`). */
  resolve?: Resolver;
}

/** A `lookup` for sockets that fails when the name resolves to any address the policy refuses. */
function checkedLookup(target: Target): LookupFunction {
  const resolve = target.resolve ?? dnsLookup;
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const all = addresses as unknown as LookupAddress[];
      const refused = all.map((a) => refusedAddress(a.address, target)).find((reason) => reason !== undefined);
      if (refused || all.length === 0) {
        return callback(new Error(`${hostname} resolves to ${refused ?? 'nothing'}`), '', 0);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, all);
      const [first] = all as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

/** POSTs `body`; resolves with the answer's status, rejects when the target is refused or unreachable. */
export function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  target: Target,
  timeoutMs: number,
): Promise<number> {
  const refused = refusedUrl(url, target);
  if (refused) return Promise.reject(new Error(`Refused target: ${refused}`));
  const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
        // An address literal is never looked up; refusedUrl has checked it above.
        ...(isIP(new URL(url).hostname.replace(/^\[|\]$/g, '')) === 0 && { lookup: checkedLookup(target) }),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
