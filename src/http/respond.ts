// Responses with validators: every page and every API answer carries a weak ETag (a hash of the
// body) and a Cache-Control, and a request whose If-None-Match already names that ETag gets a 304
// with no body. Weak, because a compressed and an uncompressed body are the same representation
// to a reader, not byte for byte.
//
// Bodies are gzipped here, in one synchronous call, rather than by a streaming middleware: a body
// that stays a string or a byte array is written by @hono/node-server in one write with its
// headers, while a streamed one costs a header flush and a write per chunk, which on a search page
// was more CPU than rendering it.
import { hash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/** How long a client or proxy may reuse an answer without asking again. */
export const CACHE = {
  /** The archive grows while it is served (ingest runs beside the server): a minute, then revalidate. */
  data: 'public, max-age=60',
  /** Our own CSS and JS change only with a new release of Marsad. */
  asset: 'public, max-age=86400',
  /** An asset asked for by its versioned URL (?v=hash of the file): that URL never changes content. */
  versionedAsset: 'public, max-age=31536000, immutable',
  /** Errors are not worth keeping: the next request may well succeed. */
  none: 'no-store',
} as const;

export type CacheControl = (typeof CACHE)[keyof typeof CACHE];

/** Shorter bodies are sent as they are: gzip's framing and the CPU cost more than they save. */
export const COMPRESS_MIN_BYTES = 1024;
/** On our pages level 4 is within 3% of level 6's size for about 20% less CPU. */
const GZIP_LEVEL = 4;

/** RFC 9110 §12.5.3: gzip (or x-gzip, or *) listed with a q-value above 0. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let wildcard = false;
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const accepted = qParam === undefined || Number(qParam.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return accepted;
    if (coding === '*') wildcard = accepted;
  }
  return wildcard;
}

/**
 * The body as sent: gzipped when it is long enough and the client takes gzip. Sets Vary either way.
 * Takes the body already in UTF-8: encoding a page of Arabic costs as much as hashing it, so it is
 * done once for the ETag, gzip and the socket.
 */
function encodeBody(c: Context, body: Uint8Array<ArrayBuffer>, headers: Record<string, string>, gzipped?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (body.byteLength < COMPRESS_MIN_BYTES) return body;
  headers.Vary = 'Accept-Encoding';
  if (!acceptsGzip(c.req.header('Accept-Encoding'))) return body;
  headers['Content-Encoding'] = 'gzip';
  return gzipped ?? gzipSync(body, { level: GZIP_LEVEL });
}

/** A body that never changes (our CSS and JS): encoded, hashed and gzipped once, not per request. */
export interface PreparedBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  gzipped?: Uint8Array<ArrayBuffer>;
}

export function prepareBody(body: string): PreparedBody {
  const bytes = utf8(body);
  // Done once, so the smallest gzip is worth its CPU.
  const gzipped = bytes.byteLength < COMPRESS_MIN_BYTES ? undefined : gzipSync(bytes, { level: 9 });
  return { bytes, etag: weakEtag(bytes), gzipped };
}

export function weakEtag(body: string | Uint8Array): string {
  return `W/"${hash('sha1', body, 'base64url')}"`;
}

/** Weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter, `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === opaque;
  });
}

export function respond(c: Context, body: string | PreparedBody, options: { status?: number; contentType: string; cache: CacheControl }): Response {
  const status = options.status ?? 200;
  const headers: Record<string, string> = { 'Content-Type': options.contentType, 'Cache-Control': options.cache };
  const prepared = typeof body === 'string' ? undefined : body;
  const bytes = prepared?.bytes ?? utf8(body as string);
  if (status !== 200) return new Response(encodeBody(c, bytes, headers, prepared?.gzipped), { status, headers });
  const etag = prepared?.etag ?? weakEtag(bytes);
  headers.ETag = etag;
  if (etagMatches(c.req.header('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': options.cache } });
  }
  return new Response(encodeBody(c, bytes, headers, prepared?.gzipped), { status, headers });
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(text, 'utf8');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>;
}

export function sendJson(c: Context, value: unknown, status = 200): Response {
  return respond(c, JSON.stringify(value), {
    status, contentType: 'application/json; charset=utf-8', cache: status === 200 ? CACHE.data : CACHE.none,
  });
}

export function sendHtml(c: Context, html: string, status = 200): Response {
  return respond(c, html, { status, contentType: 'text/html; charset=utf-8', cache: status === 200 ? CACHE.data : CACHE.none });
}
