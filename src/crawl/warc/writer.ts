// Raw documents → a WARC 1.1 file: a warcinfo record, then one response record per document that
// came from a URL. The store keeps a page's bytes but not the HTTP headers it came with, so each
// response carries a synthesised `HTTP/1.1 200 OK` with Content-Type and Content-Length, and the
// warcinfo record says so. Gzipped output puts each record in its own gzip member (WARC 1.1 annex D),
// so readers can seek to any record.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { RawRecord } from '../../store/port.ts';
import { sha1Digest } from './digest.ts';

export interface WarcWriteOptions {
  gzip: boolean;
  /** Names the writer in the warcinfo record, e.g. `marsad/0.1.0`. */
  software: string;
  /** The file's name, for WARC-Filename in the warcinfo record. */
  filename?: string;
  /** When the file is written (tests pin it). */
  now?: () => Date;
}

export interface WarcWriteSummary {
  /** Response records written. */
  records: number;
  /** Raw documents without a URL: a WARC response needs one. */
  skipped: number;
}

export const SYNTHESISED_HEADERS_NOTE =
  'The original HTTP headers were not kept: each response record carries a synthesised "HTTP/1.1 200 OK" with Content-Type and Content-Length only.';

const CONFORMS_TO = 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/';
const CRLF = '\r\n';
const CONTENT_TYPE_BY_FORMAT: Readonly<Record<string, string>> = { html: 'text/html', text: 'text/plain', record: 'application/json' };

export async function writeWarc(records: AsyncIterable<RawRecord>, out: NodeJS.WritableStream, options: WarcWriteOptions): Promise<WarcWriteSummary> {
  const now = options.now ?? (() => new Date());
  const summary: WarcWriteSummary = { records: 0, skipped: 0 };
  const warcinfoId = recordId();
  const info = warcFields({
    software: options.software,
    format: 'WARC File Format 1.1',
    conformsTo: CONFORMS_TO,
    description: SYNTHESISED_HEADERS_NOTE,
  });
  await write(out, encodeRecord([
    ['WARC-Type', 'warcinfo'],
    ['WARC-Record-ID', warcinfoId],
    ['WARC-Date', warcDate(undefined, now)],
    ...(options.filename ? [['WARC-Filename', options.filename] as [string, string]] : []),
    ['Content-Type', 'application/warc-fields'],
  ], info, options.gzip));

  for await (const record of records) {
    if (!record.url) { summary.skipped++; continue; }
    const body = record.bytes;
    const httpHead = Buffer.from(`HTTP/1.1 200 OK${CRLF}Content-Type: ${headerValue(httpContentType(record))}${CRLF}Content-Length: ${body.byteLength}${CRLF}${CRLF}`, 'latin1');
    const block = Buffer.concat([httpHead, body]);
    await write(out, encodeRecord([
      ['WARC-Type', 'response'],
      ['WARC-Record-ID', recordId()],
      ['WARC-Warcinfo-ID', warcinfoId],
      ['WARC-Date', warcDate(record.fetchedAt, now)],
      ['WARC-Target-URI', headerValue(record.url)],
      ['WARC-Payload-Digest', sha1Digest(body)],
      ['WARC-Block-Digest', sha1Digest(block)],
      ['Content-Type', 'application/http; msgtype=response'],
    ], block, options.gzip));
    summary.records++;
  }
  return summary;
}

function encodeRecord(fields: Array<[string, string]>, block: Uint8Array, gzip: boolean): Buffer {
  const head = ['WARC/1.1', ...fields.map(([name, value]) => `${name}: ${value}`), `Content-Length: ${block.byteLength}`, '', ''].join(CRLF);
  const record = Buffer.concat([Buffer.from(head, 'utf8'), block, Buffer.from(CRLF + CRLF)]);
  return gzip ? gzipSync(record) : record;
}

function warcFields(fields: Record<string, string>): Buffer {
  return Buffer.from(Object.entries(fields).map(([name, value]) => `${name}: ${headerValue(value)}${CRLF}`).join(''), 'utf8');
}

function httpContentType(record: RawRecord): string {
  const type = record.contentType?.trim() || CONTENT_TYPE_BY_FORMAT[record.format] || 'application/octet-stream';
  return record.charset && !/charset=/i.test(type) ? `${type}; charset=${record.charset}` : type;
}

/** Header values stay on one line whatever the store holds. */
function headerValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

function recordId(): string {
  return `<urn:uuid:${randomUUID()}>`;
}

/** WARC-Date in whole seconds (W3C form every WARC reader accepts); when the fetch time is unknown, the writing time. */
function warcDate(fetchedAt: string | undefined, now: () => Date): string {
  const parsed = fetchedAt ? Date.parse(fetchedAt) : Number.NaN;
  const date = Number.isNaN(parsed) ? now() : new Date(parsed);
  return `${date.toISOString().slice(0, 19)}Z`;
}

function write(out: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    out.once('error', onError);
    const flushed = out.write(bytes);
    const done = () => { out.removeListener('error', onError); resolve(); };
    if (flushed) done(); else out.once('drain', done);
  });
}
