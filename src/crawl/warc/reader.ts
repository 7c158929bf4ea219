// WARC files (1.0 and 1.1, plain or gzipped) → the HTML pages they hold, record by record, as the
// file streams in: a Common Crawl news archive of a gigabyte never sits in memory. Only `response`
// records carrying an HTTP response are read; request, metadata, warcinfo, revisit and resource
// records are skipped unread. A damaged record is a problem naming file and offset, and reading
// goes on with the next record when one can be found.
import { createReadStream } from 'node:fs';
import { MarsadError, type ErrorCode } from '../../core/errors.ts';
import { looksLikeHtml } from '../../ingest/kinds.ts';
import { MAX_DOCUMENT_BYTES } from '../../ingest/limits.ts';
import { ByteReader } from './byte-reader.ts';
import { parseHttpResponse } from './http-response.ts';
import { parseWarcHeader, targetUri, type WarcHeader } from './record-header.ts';
import type { WarcItem, WarcProblem, WarcReadOptions, WarcSummary } from './types.ts';
import { openWarcBytes, WarcGzipError } from './warc-bytes.ts';

const CRLF_CRLF = Buffer.from('\r\n\r\n');
const RECORD_START = Buffer.from('WARC/');
const BETWEEN_RECORDS = new Set([0x0d, 0x0a]);
/** A header block is a few hundred bytes; past this it is not a header. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Room for the HTTP status line and headers on top of the body cap. */
const MAX_HTTP_HEADER_BYTES = 256 * 1024;
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

type RecordOutcome = { item?: WarcItem; next: 'continue' | 'resync' | 'stop' };

export async function* readWarc(input: NodeJS.ReadableStream | string, options: WarcReadOptions = {}): AsyncGenerator<WarcItem, WarcSummary> {
  const name = options.name ?? (typeof input === 'string' ? input : '-');
  const maxBody = options.maxBodyBytes ?? MAX_DOCUMENT_BYTES;
  const summary: WarcSummary = { records: 0, responses: 0, problems: 0 };
  const count = (item: WarcItem) => { if (item.kind === 'response') summary.responses++; else summary.problems++; return item; };
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  let origin = `${name}#0`;
  try {
    const bytes = await openWarcBytes(stream as AsyncIterable<Uint8Array | string>);
    const reader = new ByteReader(bytes.chunks);
    for (;;) {
      await reader.skipWhile(BETWEEN_RECORDS);
      if (await reader.atEnd()) break;
      origin = `${name}#${bytes.offsets.label(reader.position)}`;
      summary.records++;
      const outcome = await readRecord(reader, origin, maxBody);
      if (outcome.item) yield count(outcome.item);
      if (outcome.next === 'stop') break;
      if (outcome.next === 'resync') {
        await reader.skip(1);
        await reader.skipToLineStarting(RECORD_START);
      }
    }
  } catch (error) {
    const problem = readFailure(error, name, origin);
    if (!problem) throw error;
    yield count(problem);
  }
  if (summary.records === 0 && summary.problems === 0) yield count(problemAt(`${name}#0`, 'empty_input', 'an empty WARC file'));
  return summary;
}

async function readRecord(reader: ByteReader, origin: string, maxBody: number): Promise<RecordOutcome> {
  // Peeked, not read: when the header is bad, the search for the next record starts inside it.
  const head = await reader.peekUntil(CRLF_CRLF, MAX_HEADER_BYTES);
  if (!head) {
    const atEnd = (await reader.peek(MAX_HEADER_BYTES + 1)).length <= MAX_HEADER_BYTES;
    return { item: problemAt(origin, 'invalid_record', atEnd ? 'the file ends inside a record header (cut off?)' : 'a record header that never ends'), next: 'resync' };
  }
  const parsed = parseWarcHeader(head);
  if ('problem' in parsed) return { item: problemAt(origin, 'invalid_record', parsed.problem), next: 'resync' };
  await reader.skip(head.length + CRLF_CRLF.length);
  const { header } = parsed;
  const length = header.contentLength;

  if (!carriesHttpResponse(header) || length > maxBody + MAX_HTTP_HEADER_BYTES) {
    const skipped = await reader.skip(length);
    if (skipped < length) return { item: cutOff(origin, length, skipped), next: 'stop' };
    if (!carriesHttpResponse(header)) return { next: 'continue' };
    return { item: problemAt(origin, 'too_large', `a response of ${length} bytes; the limit is ${maxBody} bytes`), next: 'continue' };
  }
  const block = await reader.read(length);
  if (block.length < length) return { item: cutOff(origin, length, block.length), next: 'stop' };
  // The CRLF CRLF after the block is skipped with the blank lines before the next record, after
  // this record is handed over: damage further on must not cost it.
  return { item: responseItem(header, block, origin, maxBody), next: 'continue' };
}

function carriesHttpResponse(header: WarcHeader): boolean {
  if (header.fields.get('warc-type')?.toLowerCase() !== 'response') return false;
  const type = header.fields.get('content-type') ?? 'application/http';
  return /application\/http/i.test(type) && !/msgtype\s*=\s*"?request/i.test(type);
}

/** A 200 response with an HTML page, a problem, or nothing (another status, another type). */
function responseItem(header: WarcHeader, block: Buffer, origin: string, maxBody: number): WarcItem | undefined {
  const url = targetUri(header);
  if (!url) return problemAt(origin, 'invalid_record', 'a response record without WARC-Target-URI');
  const http = parseHttpResponse(block, maxBody);
  if ('problem' in http) return problemAt(origin, http.code, `${http.problem} (${url})`);
  const { status, headers, body } = http.response;
  if (status !== 200) return undefined;
  const contentType = headers.get('content-type') || header.fields.get('warc-identified-payload-type') || undefined;
  const html = contentType ? HTML_TYPE.test(contentType) : looksLikeHtml(body.subarray(0, 4096).toString('latin1'));
  if (!html) return undefined;
  return { kind: 'response', origin, url, date: header.fields.get('warc-date'), status, contentType, bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

function cutOff(origin: string, length: number, present: number): WarcProblem {
  return problemAt(origin, 'invalid_record', `the record is cut off: Content-Length ${length}, only ${present} bytes follow`);
}

function problemAt(origin: string, code: ErrorCode, message: string): WarcProblem {
  return { kind: 'problem', origin, error: new MarsadError(code, message, origin) };
}

/** Damaged gzip and unreadable files end the reading with a problem; anything else is a bug and is thrown. */
function readFailure(error: unknown, name: string, origin: string): WarcProblem | undefined {
  if (error instanceof WarcGzipError) return problemAt(`${name}#${error.memberOffset}`, 'invalid_record', `${error.message}; the rest of the file is not read`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return problemAt(name, 'not_found', 'no such file');
  if (code === 'EISDIR' || code === 'EACCES') return problemAt(name, 'not_found', `cannot read the file (${code})`);
  return undefined;
}
