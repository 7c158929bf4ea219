// Mapping between stored rows and their objects, shared by the SQLite and PostgreSQL adapters.
// Paragraphs are not stored twice: the text is the paragraphs joined by "\n\n", and display text
// never holds a blank line inside a paragraph.
import { deflateSync, inflateSync } from 'node:zlib';
import type { Article } from '../core/types.ts';
import { encodeFingerprint, type Fingerprint } from '../dedup/index.ts';
import type { ArticleToStore, RawRecord } from './port.ts';

/** Raw inputs are read rarely (re-extraction, export): level 1 trades the last 10% of size for speed. */
const RAW_DEFLATE_LEVEL = 1;

/** Raw bytes as raw_documents keeps them. */
export function deflateRaw(bytes: Uint8Array): Buffer {
  return deflateSync(bytes, { level: RAW_DEFLATE_LEVEL });
}

/** The stored (deflated) raw bytes of an item: made by a worker thread already, or made now. */
export function storedRawBytes(item: ArticleToStore, raw: RawRecord): Uint8Array {
  return item.storageForms?.rawDeflated ?? deflateRaw(raw.bytes);
}

/** The raw input's byte length (see StorageForms.rawSize). */
export function rawSizeOf(item: Pick<ArticleToStore, 'storageForms'>, raw: RawRecord): number {
  return item.storageForms?.rawSize ?? raw.bytes.byteLength;
}

/** The stored (encoded) fingerprint of an item: made by a worker thread already, or made now. */
export function storedFingerprint(item: Pick<ArticleToStore, 'storageForms'>, fingerprint: Fingerprint): string {
  return item.storageForms?.fingerprint ?? encodeFingerprint(fingerprint);
}

/** A raw_documents row: the input bytes are kept deflated. */
export interface RawRow {
  id: string; origin: string; format: string; url: string | null; content_type: string | null;
  charset: string | null; fetched_at: string | null; deflated: Buffer;
}

export function rawFromRow(row: RawRow): RawRecord {
  return {
    id: row.id, origin: row.origin, format: row.format, url: row.url ?? undefined,
    contentType: row.content_type ?? undefined, charset: row.charset ?? undefined,
    fetchedAt: row.fetched_at ?? undefined, bytes: new Uint8Array(inflateSync(row.deflated)),
  };
}

export interface ArticleRow {
  id: string;
  url: string | null;
  source: string | null;
  title: string;
  standfirst: string | null;
  dateline: string | null;
  published_at: string | null;
  first_seen_at: string;
  sort_date: string;
  text: string;
  data: string;
  raw_id: string | null;
  story_id: string | null;
  duplicate_of: string | null;
}

/** Columns that live in their own field of the row, not in the JSON `data`. */
const COLUMN_FIELDS = new Set(['id', 'url', 'source', 'title', 'standfirst', 'dateline', 'publishedAt',
  'firstSeenAt', 'text', 'paragraphs', 'rawId', 'storyId', 'duplicateOf', 'related']);

export function articleToRow(article: Article, sortDate: string): ArticleRow {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(article)) {
    if (!COLUMN_FIELDS.has(key) && value !== undefined) data[key] = value;
  }
  return {
    id: article.id,
    url: article.url ?? null,
    source: article.source ?? null,
    title: article.title,
    standfirst: article.standfirst ?? null,
    dateline: article.dateline ?? null,
    published_at: article.publishedAt ?? null,
    first_seen_at: article.firstSeenAt ?? new Date().toISOString(),
    sort_date: sortDate,
    text: article.text,
    data: JSON.stringify(data),
    raw_id: article.rawId ?? null,
    story_id: article.storyId ?? null,
    duplicate_of: article.duplicateOf ?? null,
  };
}

export function articleFromRow(row: ArticleRow): Article {
  const data = JSON.parse(row.data) as Partial<Article>;
  const article: Article = {
    id: row.id,
    title: row.title,
    authors: [],
    language: 'ar',
    paragraphs: row.text.length > 0 ? row.text.split('\n\n') : [],
    text: row.text,
    diagnostics: [],
    ...data,
  };
  if (row.url !== null) article.url = row.url;
  if (row.source !== null) article.source = row.source;
  if (row.standfirst !== null) article.standfirst = row.standfirst;
  if (row.dateline !== null) article.dateline = row.dateline;
  if (row.published_at !== null) article.publishedAt = row.published_at;
  article.firstSeenAt = row.first_seen_at;
  if (row.raw_id !== null) article.rawId = row.raw_id;
  if (row.story_id !== null) article.storyId = row.story_id;
  if (row.duplicate_of !== null) article.duplicateOf = row.duplicate_of;
  return article;
}
