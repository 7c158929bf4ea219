// Building WARC files by hand in tests: records as a crawler writes them, fictional Arabic pages.
import { gzipSync } from 'node:zlib';
import type { WarcItem, WarcResponse, WarcSummary } from './types.ts';

export function arabicPage(title: string, paragraph: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><article><h1>${title}</h1><p>${paragraph}</p><p>${paragraph} وأضاف المتحدث أن العمل سيستمر حتى نهاية العام.</p></article></body></html>`;
}

/** One WARC record: version line, fields, Content-Length computed, block, CRLF CRLF. */
export function warcRecord(fields: Record<string, string>, block: Buffer | string, version = '1.0'): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : block;
  const head = [`WARC/${version}`, ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

export function httpResponse(status: string, headers: Record<string, string>, body: Buffer | string): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), typeof body === 'string' ? Buffer.from(body) : body]);
}

export function responseRecord(url: string, http: Buffer, extra: Record<string, string> = {}): Buffer {
  return warcRecord({
    'WARC-Type': 'response',
    'WARC-Target-URI': url,
    'WARC-Date': '2025-06-10T11:30:00Z',
    'WARC-Record-ID': `<urn:uuid:${url.length}-test>`,
    'Content-Type': 'application/http; msgtype=response',
    ...extra,
  }, http);
}

/** Chunked transfer encoding, cut into pieces of `size` bytes, with a chunk extension on the first. */
export function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}${at === 0 ? ';name=value' : ''}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** A .warc.gz: each record its own gzip member. */
export function gzipMembers(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

export async function collect(items: AsyncGenerator<WarcItem, WarcSummary>): Promise<{ items: WarcItem[]; summary: WarcSummary; responses: WarcResponse[] }> {
  const all: WarcItem[] = [];
  for (let next = await items.next(); ; next = await items.next()) {
    if (next.done) return { items: all, summary: next.value, responses: all.filter((i): i is WarcResponse => i.kind === 'response') };
    all.push(next.value);
  }
}
