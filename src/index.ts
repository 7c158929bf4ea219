// Marsad as a library: `import { extract, analyze, openStore } from 'marsad'`.
//   extract(input, options)  text or HTML (string or bytes) → Article, analysed, no database
//   analyze(article)         runs the analysis stages (entities, quotes, dates, amounts) again
//   openStore(db)            the archive: a SQLite file path or a postgres:// URL
// The same pipeline as `marsad extract` and `marsad ingest`; see docs/library.md.
import type { Article, RawDocument } from './core/types.ts';
import { looksLikeHtml } from './ingest/kinds.ts';
import { checkDocumentBytes } from './ingest/checks.ts';
import { prepareForStore, processDocument } from './pipeline/process.ts';
import type { ArticleToStore } from './store/port.ts';

export { analyze, type AnalyzeOptions } from './pipeline/analyze.ts';
export { openStore } from './store/open.ts';
export { searchArchive, type SearchHit, type SearchResult } from './search/service.ts';
export { MarsadError, isMarsadError, type ErrorCode } from './core/errors.ts';
export type {
  AmountMention, Article, DateMention, Diagnostic, EntityMention, EntityType, Quote, RelatedArticle, Span, Speaker,
} from './core/types.ts';
export type {
  ArticleSummary, ArticleToStore, EntitySummary, Page, QuoteRecord, SearchOptions, SourceCount, Stats, Store, StoryDetail, StorySummary,
} from './store/port.ts';

export interface ExtractOptions {
  /** `auto` (the default) reads HTML when the input looks like a web page, else scraped text. */
  format?: 'auto' | 'text' | 'html';
  /** The page's address: used for the article id and kept as its url. */
  url?: string;
  /** The outlet's name, when the input does not say. */
  source?: string;
}

/** How much of the input is looked at to tell HTML from text. */
const SNIFF_BYTES = 4096;

function rawDocument(input: string | Uint8Array, options: ExtractOptions): RawDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const origin = options.url ?? 'input';
  checkDocumentBytes(bytes, origin);
  const format = options.format && options.format !== 'auto'
    ? options.format
    : looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))) ? 'html' : 'text';
  return { origin, bytes, format, url: options.url, source: options.source };
}

/**
 * Extracts and analyses one document. Throws a MarsadError (with a `code`) for input that is not
 * a news text: empty, binary, undecodable, or with nothing to extract.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  return processDocument(rawDocument(input, options));
}

/**
 * An article ready for `store.putArticles`, with the search terms `marsad ingest` indexes. Give
 * the input it was extracted from (and the same options) to keep it, so the archive can extract
 * it again when the extractor improves; without it, only the article is stored.
 */
export function storable(article: Article, input?: string | Uint8Array, options: ExtractOptions = {}): ArticleToStore {
  if (input !== undefined) return prepareForStore(article, rawDocument(input, options));
  const { raw: _unkept, ...prepared } = prepareForStore({ ...article, rawId: undefined }, { origin: '', bytes: new Uint8Array(), format: 'text' });
  delete prepared.article.rawId;
  return prepared;
}
