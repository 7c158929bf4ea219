// Sources → RawDocuments. Paths may be files, directories (walked in name order), zip archives or
// `-` for stdin. Every input either yields documents or a rejection naming the input and the
// problem; one bad input never stops the others.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { checkDocumentBytes, decodeUtf8Strict } from './checks.ts';
import { warcDocuments } from '../crawl/warc/documents.ts';
import { kindFromName, sniffKind, type InputKind } from './kinds.ts';
import { MAX_DOCUMENT_BYTES, MAX_STDIN_BYTES } from './limits.ts';
import { JsonArrayShapeError, JsonArraySplitter, type JsonArrayElement } from './json-array.ts';
import { parseJsonLine, recordDocument, type RecordResult } from './records.ts';
import { zipEntries } from './zip.ts';

export type InputFormat = 'auto' | 'text' | 'html';

export interface SourceOptions {
  format?: InputFormat;
  /** Outlet name for every document (`--source`). */
  source?: string;
  /** Read instead of process.stdin (tests). */
  stdin?: NodeJS.ReadableStream;
}

export type SourceItem =
  | { kind: 'document'; document: RawDocument }
  | { kind: 'rejected'; origin: string; error: MarsadError };

function rejected(error: unknown, origin: string): SourceItem {
  if (error instanceof MarsadError) return { kind: 'rejected', origin, error };
  throw error;
}

function fromRecord(result: RecordResult | undefined): SourceItem | undefined {
  if (!result) return undefined;
  if (result.error) return { kind: 'rejected', origin: result.error.input ?? '', error: result.error };
  return { kind: 'document', document: result.document! };
}

/** A text or HTML document held in memory. */
function documentItem(bytes: Uint8Array, origin: string, kind: InputKind, options: SourceOptions): SourceItem {
  try {
    if (kind === 'html-gz') {
      try { bytes = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_DOCUMENT_BYTES + 1 })); }
      catch (error) { throw new MarsadError('unsupported_format', `not a readable gzip file (${(error as Error).message})`, origin); }
      kind = 'html';
    }
    checkDocumentBytes(bytes, origin);
    let format: 'text' | 'html' = kind === 'html' ? 'html' : 'text';
    if (options.format === 'text' || options.format === 'html') format = options.format;
    else if (kind !== 'html') format = sniffKind(latin1Head(bytes)) === 'html' ? 'html' : 'text';
    return { kind: 'document', document: { origin, bytes, format, source: options.source } };
  } catch (error) {
    return rejected(error, origin);
  }
}

function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
}

/**
 * The records of a JSON input, read as its chunks arrive: an array is split element by element
 * (a bad record is rejected alone, the others go in); any other JSON value is one record, parsed whole.
 */
async function* jsonItems(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, origin: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const splitter = new JsonArraySplitter(MAX_DOCUMENT_BYTES);
  const whole: Uint8Array[] = [];
  let wholeBytes = 0;
  let records = 0;
  try {
    for await (const chunk of chunks) {
      if (splitter.isArray) {
        for (const element of splitter.push(chunk)) {
          records++;
          const item = arrayElementItem(element, origin, options);
          yield item;
          // A record that is not JSON at all means the split itself cannot be trusted any further
          // (a binary file that happens to start with a bracket): one message, and the file stops.
          if (item.kind === 'rejected' && item.error.code === 'invalid_json') return;
        }
        if (splitter.isArray) continue;
      }
      wholeBytes += chunk.byteLength;
      if (wholeBytes > MAX_DOCUMENT_BYTES) {
        throw new MarsadError('too_large', `a JSON value that is not an array of records is read whole, up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; this one is larger`, origin);
      }
      whole.push(chunk);
    }
    splitter.finish();
  } catch (error) {
    if (error instanceof JsonArrayShapeError) {
      yield { kind: 'rejected', origin, error: new MarsadError('invalid_json', `invalid JSON (${error.message})`, origin) };
      return;
    }
    yield rejected(error, origin);
    return;
  }
  if (!splitter.isArray) {
    yield fromRecord(parseRecord(Buffer.concat(whole), origin, options))!;
    return;
  }
  if (records === 0) yield { kind: 'rejected', origin, error: new MarsadError('empty_input', 'an empty JSON array', origin) };
}

function arrayElementItem(element: JsonArrayElement, origin: string, options: SourceOptions): SourceItem {
  const elementOrigin = `${origin}[${element.index}]`;
  if (element.bytes === undefined) {
    return { kind: 'rejected', origin: elementOrigin, error: new MarsadError('too_large',
      `record too large (${(element.tooLargeBytes! / 1024 / 1024).toFixed(1)} MB; the limit is ${(MAX_DOCUMENT_BYTES / 1024 / 1024).toFixed(0)} MB)`, elementOrigin) };
  }
  return fromRecord(parseRecord(element.bytes, elementOrigin, options))!;
}

/** One JSON record's bytes → a document, or a rejection naming the record. */
function parseRecord(bytes: Uint8Array, origin: string, options: SourceOptions): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8Strict(bytes, origin));
  } catch (error) {
    if (error instanceof SyntaxError) return { error: new MarsadError('invalid_json', `invalid JSON (${error.message})`, origin) };
    if (error instanceof MarsadError) return { error };
    throw error;
  }
  return recordDocument(value, origin, options.source);
}

function* jsonLines(text: string, origin: string, options: SourceOptions): Generator<SourceItem> {
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const item = fromRecord(parseJsonLine(lines[i], `${origin}:${i + 1}`, options.source));
    if (item) { any = true; yield item; }
  }
  if (!any) yield { kind: 'rejected', origin, error: new MarsadError('empty_input', 'empty (no JSON lines)', origin) };
}

async function* jsonLinesFromFile(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  let any = false;
  for await (const line of lines) {
    lineNumber++;
    const origin = `${path}:${lineNumber}`;
    if (line.includes('\uFFFD')) {
      yield { kind: 'rejected', origin, error: new MarsadError('invalid_encoding', 'not valid UTF-8', origin) };
      continue;
    }
    const item = fromRecord(parseJsonLine(line, origin, options.source));
    if (item) { any = true; yield item; }
  }
  if (!any) yield { kind: 'rejected', origin: path, error: new MarsadError('empty_input', 'empty (no JSON lines)', path) };
}

/** Items of an in-memory input of a known kind (a zip entry, stdin). */
async function* itemsFromBytes(bytes: Uint8Array, origin: string, kind: InputKind, options: SourceOptions): AsyncGenerator<SourceItem> {
  if (kind === 'unknown') kind = sniffKind(latin1Head(bytes));
  if (kind === 'json' || kind === 'jsonl') {
    if (bytes.byteLength === 0) {
      yield { kind: 'rejected', origin, error: new MarsadError('empty_input', 'empty file', origin) };
      return;
    }
    if (kind === 'json') yield* jsonItems([bytes], origin, options);
    else {
      try { yield* jsonLines(decodeUtf8Strict(bytes, origin), origin, options); }
      catch (error) { yield rejected(error, origin); }
    }
    return;
  }
  if (kind === 'zip') {
    yield { kind: 'rejected', origin, error: new MarsadError('unsupported_format', 'a zip inside a zip is not read', origin) };
    return;
  }
  if (kind === 'warc') {
    yield* warcDocuments(Readable.from([bytes]), { name: origin, source: options.source });
    return;
  }
  yield documentItem(bytes, origin, kind, options);
}

async function* zipItems(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let any = false;
  try {
    for await (const entry of zipEntries(path)) {
      const kind = kindFromName(entry.name);
      if (kind === 'unknown' || kind === 'zip') continue;
      any = true;
      const origin = `${path}!${entry.name}`;
      if (kind === 'json') { yield* jsonItems(entry.chunks(), origin, options); continue; }
      let bytes: Uint8Array;
      try { bytes = await entry.read(); } catch (error) { yield rejected(error, origin); continue; }
      yield* itemsFromBytes(bytes, origin, kind, options);
    }
  } catch (error) {
    yield rejected(error, path);
    return;
  }
  if (!any) yield { kind: 'rejected', origin: path, error: new MarsadError('empty_input', 'no .txt, .html, .json or .jsonl files in the archive', path) };
}

async function* fileItems(path: string, kind: InputKind, options: SourceOptions): AsyncGenerator<SourceItem> {
  if (kind === 'zip') { yield* zipItems(path, options); return; }
  if (kind === 'jsonl') { yield* jsonLinesFromFile(path, options); return; }
  if (kind === 'json') { yield* jsonFile(path, options); return; }
  // Streamed record by record: a WARC file may be far larger than any one document.
  if (kind === 'warc') { yield* warcDocuments(path, { source: options.source }); return; }
  const info = await stat(path);
  if (info.size > MAX_DOCUMENT_BYTES) {
    yield { kind: 'rejected', origin: path, error: new MarsadError('too_large',
      `too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(MAX_DOCUMENT_BYTES / 1024 / 1024).toFixed(0)} MB)`, path) };
    return;
  }
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.byteLength === 0) {
    yield { kind: 'rejected', origin: path, error: new MarsadError('empty_input', 'empty file', path) };
    return;
  }
  yield* itemsFromBytes(bytes, path, kind, options);
}

async function* jsonFile(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  if ((await stat(path)).size === 0) {
    yield { kind: 'rejected', origin: path, error: new MarsadError('empty_input', 'empty file', path) };
    return;
  }
  yield* jsonItems(createReadStream(path) as AsyncIterable<Buffer>, path, options);
}

async function* directoryItems(dir: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isDirectory()) yield* directoryItems(path, options);
    else if (info.isFile() && kindFromName(name) !== 'unknown') yield* fileItems(path, kindFromName(name), options);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    if (size > MAX_STDIN_BYTES) throw new MarsadError('too_large', 'standard input too large', '-');
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** All documents (and rejections) from the given paths, in order. */
export async function* readSources(paths: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      let bytes: Uint8Array;
      try { bytes = await readStream(options.stdin ?? process.stdin); } catch (error) { yield rejected(error, '-'); continue; }
      if (bytes.byteLength === 0) { yield { kind: 'rejected', origin: '-', error: new MarsadError('empty_input', 'empty standard input', '-') }; continue; }
      const kind = options.format === 'text' || options.format === 'html' ? options.format : 'unknown';
      yield* itemsFromBytes(bytes, '-', kind, options);
      continue;
    }
    let info;
    try { info = await stat(path); } catch {
      yield { kind: 'rejected', origin: path, error: new MarsadError('not_found', 'no such file or directory', path) };
      continue;
    }
    if (info.isDirectory()) yield* directoryItems(path, options);
    else yield* fileItems(path, kindFromName(path), options);
  }
}
