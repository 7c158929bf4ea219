// One webhook POST with Node's own http/https client, and what its answer means for the outbox:
// a 2xx is delivered; 408, 429, a 5xx, a timeout or a network error is worth trying again (with the
// receiver's Retry-After when it gives one); any other answer will not change by retrying.
import http from 'node:http';
import https from 'node:https';

export type PostOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'rejected'; error: string };

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Statuses a later attempt may get past. */
const RETRYABLE_STATUS = new Set([408, 425, 429]);
/** The receiver's answer is read (and thrown away) up to this size, then the connection is dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export function postJson(url: string, body: string, options: PostOptions, now: () => Date = () => new Date()): Promise<PostOutcome> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  const signal = AbortSignal.any(signals);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (!settled) { settled = true; resolve(outcome); }
    };
    // agent: false — a fresh connection each time, so a socket the receiver closed is never reused.
    const request = client.request(target, {
      method: 'POST', agent: false, signal,
      headers: { ...options.headers, 'Content-Length': String(Buffer.byteLength(body)) },
    }, (response) => {
      const status = response.statusCode ?? 0;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) response.destroy();
      });
      const done = () => {
        if (status >= 200 && status < 300) settle({ kind: 'delivered', status });
        else if (status >= 500 || RETRYABLE_STATUS.has(status)) {
          settle({ kind: 'retry', error: `HTTP ${status}`, retryAfterMs: parseRetryAfter(response.headers['retry-after'], now()) });
        } else settle({ kind: 'rejected', error: `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}` });
      };
      // The status decides; an answer cut off after it came does not change what the receiver said.
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const reason = signal.aborted
        ? (options.signal?.aborted ? 'interrupted' : `no answer within ${options.timeoutMs / 1000} s`)
        : error.code ?? error.message;
      settle({ kind: 'retry', error: reason });
    });
    request.end(body);
  });
}
