// JSON and JSONL inputs: each record becomes one RawDocument of format 'record'. Accepted fields
// are SaudiNewsNet's (source, url, date_extracted, title, author, content) and common synonyms.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument, SourceRecord } from '../core/types.ts';
import { isoFromLooseDate } from './loose-date.ts';

const CONTENT_FIELDS = ['content', 'text', 'body', 'articleBody'] as const;
const HTML_FIELDS = ['html', 'raw_html'] as const;

export interface RecordResult {
  document?: RawDocument;
  error?: MarsadError;
}

function stringField(value: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = value[name];
    if (typeof v === 'string' && v.trim().length > 0) return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0) return v.join('، ');
  }
  return undefined;
}

/** Reads the known fields of a record; throws a MarsadError for anything unusable. */
export function toSourceRecord(value: unknown, origin: string): SourceRecord & { html?: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new MarsadError('invalid_record', `not a JSON object (got ${kind})`, origin);
  }
  const obj = value as Record<string, unknown>;
  const content = stringField(obj, ...CONTENT_FIELDS);
  const html = stringField(obj, ...HTML_FIELDS);
  if (!content && !html) {
    const blank = [...CONTENT_FIELDS, ...HTML_FIELDS].find((name) => typeof obj[name] === 'string');
    if (blank) throw new MarsadError('empty_input', `the ${blank} field is empty`, origin);
    throw new MarsadError('invalid_record', `no text: expected one of ${[...CONTENT_FIELDS, ...HTML_FIELDS].join(', ')}`, origin);
  }
  return {
    content: content ?? '',
    html,
    source: stringField(obj, 'source', 'outlet', 'site'),
    url: stringField(obj, 'url', 'link'),
    title: stringField(obj, 'title', 'headline'),
    author: stringField(obj, 'author', 'authors', 'byline'),
    date_extracted: stringField(obj, 'date_extracted', 'fetched_at', 'crawled_at'),
    publishedAt: stringField(obj, 'publishedAt', 'published_at', 'date_published', 'datePublished', 'date'),
    section: stringField(obj, 'section', 'category'),
  };
}

const encoder = new TextEncoder();

export function recordDocument(value: unknown, origin: string, sourceOverride?: string): RecordResult {
  try {
    const record = toSourceRecord(value, origin);
    return {
      document: {
        origin,
        // The record as given is the raw input we keep.
        bytes: encoder.encode(JSON.stringify(value)),
        format: 'record',
        url: record.url,
        source: sourceOverride ?? record.source,
        // A date that names no real moment is dropped here; extraction says so in a diagnostic.
        fetchedAt: isoFromLooseDate(record.date_extracted),
      },
    };
  } catch (error) {
    if (error instanceof MarsadError) return { error };
    throw error;
  }
}

/** One JSONL line. Blank lines are skipped (undefined). */
export function parseJsonLine(line: string, origin: string, sourceOverride?: string): RecordResult | undefined {
  if (line.trim().length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: new MarsadError('invalid_json', `invalid JSON (${(error as Error).message})`, origin) };
  }
  return recordDocument(value, origin, sourceOverride);
}
