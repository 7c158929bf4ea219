// The HTTP response inside a WARC response record: status line, headers, then the body as it
// went over the wire — possibly chunked, possibly gzip/deflate/brotli-compressed. Common Crawl
// stores bodies already decoded (and renames the headers X-Crawler-…); wget and others keep them
// raw. Both come out here as the page's own bytes.
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { ErrorCode } from '../../core/errors.ts';

export interface HttpResponse {
  status: number;
  /** Lower-cased header name → value; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

export type HttpResult = { response: HttpResponse } | { problem: string; code: ErrorCode };

const CRLF_CRLF = Buffer.from('\r\n\r\n');
const LF_LF = Buffer.from('\n\n');
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/;
const CHUNK_SIZE_LINE = /^([0-9a-fA-F]+)[ \t]*(?:;.*)?$/;

export function parseHttpResponse(block: Buffer, maxBodyBytes: number): HttpResult {
  let end = block.indexOf(CRLF_CRLF);
  let separator = CRLF_CRLF.length;
  if (end === -1) {
    end = block.indexOf(LF_LF);
    separator = LF_LF.length;
  }
  if (end === -1) return { problem: 'the HTTP headers never end', code: 'invalid_record' };
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0]);
  if (!status) return { problem: `not an HTTP response (starts ${JSON.stringify(lines[0].slice(0, 40))})`, code: 'invalid_record' };
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let body = block.subarray(end + separator);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    const dechunked = dechunk(body);
    if (dechunked === 'malformed') return { problem: 'a malformed chunked body', code: 'invalid_record' };
    body = dechunked;
  }
  const decoded = decodeContent(body, headers.get('content-encoding'), maxBodyBytes);
  if ('problem' in decoded) return decoded;
  return { response: { status: Number(status[1]), headers, body: decoded.body } };
}

/**
 * Joins the chunks of a chunked body. A body that does not start like one was de-chunked by the
 * writer, which left the header behind: it is returned as it is. A body cut off mid-chunk keeps
 * what arrived, as a browser would show it.
 */
export function dechunk(body: Buffer): Buffer | 'malformed' {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd === -1) return parts.length === 0 && at === 0 ? body : Buffer.concat(parts);
    const size = CHUNK_SIZE_LINE.exec(body.subarray(at, lineEnd).toString('latin1'));
    if (!size) return parts.length === 0 ? body : 'malformed';
    const length = parseInt(size[1], 16);
    if (length === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    parts.push(body.subarray(start, Math.min(start + length, body.length)));
    if (start + length >= body.length) return Buffer.concat(parts);
    at = start + length;
    // Each chunk ends with CRLF; be lenient about a missing one.
    if (body[at] === 0x0d && body[at + 1] === 0x0a) at += 2;
  }
}

type Decoded = { body: Buffer } | { problem: string; code: ErrorCode };

function decodeContent(body: Buffer, contentEncoding: string | undefined, maxBodyBytes: number): Decoded {
  const codings = (contentEncoding ?? '').toLowerCase().split(',').map((c) => c.trim()).filter((c) => c !== '' && c !== 'identity');
  let current = body;
  // Codings are listed in the order they were applied, so they come off last first.
  for (const coding of codings.reverse()) {
    if (current.length === 0) break;
    const result = decodeOnce(current, coding, maxBodyBytes);
    if ('problem' in result) return result;
    current = result.body;
  }
  if (current.length > maxBodyBytes) return { problem: `the body is larger than ${maxBodyBytes} bytes`, code: 'too_large' };
  return { body: current };
}

function decodeOnce(body: Buffer, coding: string, maxBodyBytes: number): Decoded {
  // Partial output of a body the crawler cut off is still the start of the page.
  const options = { maxOutputLength: maxBodyBytes + 1, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') {
      if (body[0] !== 0x1f || body[1] !== 0x8b) return alreadyDecoded(body, coding);
      return { body: gunzipSync(body, options) };
    }
    if (coding === 'deflate') {
      try { return { body: inflateSync(body, options) }; } catch { return { body: inflateRawSync(body, options) }; }
    }
    if (coding === 'br') return { body: brotliDecompressSync(body, { maxOutputLength: maxBodyBytes + 1 }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return { problem: `the body is larger than ${maxBodyBytes} bytes once decompressed`, code: 'too_large' };
    }
    return alreadyDecoded(body, coding, (error as Error).message);
  }
  return { problem: `an unsupported Content-Encoding ${JSON.stringify(coding)}`, code: 'unsupported_format' };
}

/** A body that says it is compressed but reads as markup was decoded by the writer. */
function alreadyDecoded(body: Buffer, coding: string, why?: string): Decoded {
  const start = body.subarray(0, 64).toString('latin1').trimStart();
  if (start.startsWith('<')) return { body };
  return { problem: `Content-Encoding ${coding} but the body cannot be decoded${why ? ` (${why})` : ''}`, code: 'unsupported_format' };
}
