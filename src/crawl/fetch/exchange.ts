// One HTTP request and its response, bounded: a deadline for the headers, a deadline for the
// whole exchange, an idle limit while the body streams, and a cap on the decompressed body.
// Redirects, retries and politeness are the fetcher's business, not this file's.
import http from 'node:http';
import https from 'node:https';
import type { ErrorCode } from '../../core/errors.ts';
import { createBodyDecoder, UnsupportedEncodingError } from './decode-body.ts';
import { BlockedAddressError, type AddressGuard } from './guard.ts';

export interface ExchangeOptions {
  url: URL;
  headers: Record<string, string>;
  agents: { http: http.Agent; https: https.Agent };
  guard: AddressGuard;
  timeoutMs: number;
  totalTimeoutMs: number;
  maxBodyBytes: number;
  /** Keep the first maxBodyBytes and stop quietly instead of failing (robots.txt). */
  truncate?: boolean;
  /** Says from the status whether the body is wanted; an unwanted one (a redirect's, an error page)
   * is drained a little so the connection can be reused, then dropped. */
  wantsBody?: (status: number) => boolean;
  signal?: AbortSignal;
}

export interface ExchangeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Uint8Array;
  truncated: boolean;
}

/** Why an exchange failed, before the fetcher names the URL in a MarsadError. */
export class ExchangeFailure extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'ExchangeFailure';
  }
}

/** Certificate problems do not pass by themselves; trying again only repeats them. */
const LASTING_TLS_ERRORS = /^(?:CERT_|ERR_TLS_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(?:VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT)|HOSTNAME_MISMATCH)/;

/** A body we do not want is read this far so the connection can be reused, then dropped. */
const DISCARD_DRAIN_BYTES = 64 * 1024;

export function exchange(options: ExchangeOptions): Promise<ExchangeResponse> {
  const { url, guard } = options;
  const blocked = guard.checkHost(url.hostname);
  if (blocked) return Promise.reject(toFailure(blocked));
  if (options.signal?.aborted) return Promise.reject(abortFailure());

  return new Promise<ExchangeResponse>((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    let idleTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: 'GET',
      headers: options.headers,
      agent: url.protocol === 'https:' ? options.agents.https : options.agents.http,
      lookup: guard.lookup,
    });

    const finish = (outcome: { response: ExchangeResponse } | { failure: ExchangeFailure }, destroy: boolean) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      if (idleTimer) clearTimeout(idleTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (destroy) request.destroy();
      if ('response' in outcome) resolve(outcome.response);
      else reject(outcome.failure);
    };
    const fail = (failure: ExchangeFailure) => finish({ failure }, true);
    const onAbort = () => fail(abortFailure());
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const headerTimer = setTimeout(() => fail(new ExchangeFailure('network', `no response within ${options.timeoutMs} ms`, true)), options.timeoutMs);
    timers.push(headerTimer);
    timers.push(setTimeout(() => fail(new ExchangeFailure('network', `not finished within ${options.totalTimeoutMs} ms`, true)), options.totalTimeoutMs));
    const touchIdle = () => {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => fail(new ExchangeFailure('network', `the body stalled for ${options.timeoutMs} ms`, true)), options.timeoutMs);
    };

    request.on('error', (error) => fail(toFailure(error)));
    request.on('response', (response) => {
      clearTimeout(headerTimer);
      touchIdle();
      const status = response.statusCode ?? 0;
      const discard = options.wantsBody ? !options.wantsBody(status) : false;
      const limit = discard ? DISCARD_DRAIN_BYTES : options.maxBodyBytes;
      const declared = Number(response.headers['content-length']);
      if (!discard && !options.truncate && Number.isFinite(declared) && declared > options.maxBodyBytes) {
        fail(tooLarge(`the response declares ${declared} bytes, more than the ${options.maxBodyBytes}-byte limit`));
        return;
      }
      let decoder;
      try {
        decoder = discard ? undefined : createBodyDecoder(response.headers['content-encoding']);
      } catch (error) {
        fail(toFailure(error));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const done = (truncated: boolean) => finish({
        response: { status, headers: response.headers, bytes: Buffer.concat(chunks, total), truncated },
      }, truncated);
      const accept = (chunk: Buffer) => {
        if (settled) return;
        const room = limit - total;
        if (chunk.length > room) {
          if (room > 0) { chunks.push(chunk.subarray(0, room)); total += room; }
          if (discard || options.truncate) done(true);
          else fail(tooLarge(`the body is larger than the ${options.maxBodyBytes}-byte limit${decoder ? ' once decompressed' : ''}`));
          return;
        }
        chunks.push(chunk);
        total += chunk.length;
      };

      response.on('error', (error) => fail(toFailure(error)));
      response.on('close', () => {
        if (!response.complete) fail(new ExchangeFailure('network', 'the connection closed before the body ended', true));
      });
      if (!decoder) {
        response.on('data', (chunk: Buffer) => { touchIdle(); accept(chunk); });
        response.on('end', () => done(false));
        return;
      }
      const bodyDecoder = decoder;
      bodyDecoder.on('data', accept);
      bodyDecoder.on('end', () => done(false));
      bodyDecoder.on('error', (error) => fail(new ExchangeFailure('network', `the body could not be decompressed (${error.message})`, false)));
      response.on('data', (chunk: Buffer) => {
        touchIdle();
        // Respect the decompressor's pace, so a bomb's input never piles up in memory.
        if (!bodyDecoder.write(chunk)) { response.pause(); bodyDecoder.once('drain', () => response.resume()); }
      });
      response.on('end', () => bodyDecoder.end());
      request.once('close', () => { if (settled) bodyDecoder.destroy(); });
    });
    request.end();
  });
}

function tooLarge(message: string): ExchangeFailure {
  return new ExchangeFailure('too_large', message, false);
}

function abortFailure(): ExchangeFailure {
  return new ExchangeFailure('network', 'the fetch was aborted', true);
}

/** Network errors are worth another try; a refused address or an unreadable encoding is not. */
function toFailure(error: unknown): ExchangeFailure {
  if (error instanceof ExchangeFailure) return error;
  if (error instanceof BlockedAddressError) return new ExchangeFailure('blocked_address', error.message, false);
  if (error instanceof UnsupportedEncodingError) return new ExchangeFailure('network', error.message, false);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOTFOUND') return new ExchangeFailure('network', `the host name does not resolve (${message})`, false);
  if (code && LASTING_TLS_ERRORS.test(code)) return new ExchangeFailure('network', `the TLS certificate is not acceptable (${code}: ${message})`, false);
  return new ExchangeFailure('network', code ? `${code}: ${message}` : message, true);
}
