// The pipeline, once: RawDocument → extract → Article → analyze → index terms → ready to store.
// Stage order matters in two places: the id is computed after extraction (it needs the canonical
// URL or the extracted text), and index terms after analysis would let entity keys join the
// index later without reordering anything else.
import type { Article, RawDocument } from '../core/types.ts';
import { extractDocument } from '../extract/index.ts';
import { detectLanguage } from '../extract/language.ts';
import { indexTerms } from '../search/index-terms.ts';
import type { ArticleToStore } from '../store/port.ts';
import { encodeFingerprint, fingerprint } from '../dedup/index.ts';
import { deflateRaw } from '../store/rows.ts';
import { analyze, type AnalyzeOptions } from './analyze.ts';
import { dedupInput } from './clustering.ts';
import { articleId, canonicalizeUrl, rawId } from './identity.ts';
import { webLinks } from './web-links.ts';

export interface ProcessOptions extends AnalyzeOptions {
  /** When the document was first seen, if it carries no date of its own (ISO). */
  now?: string;
}

/** extract + analyze, no database: what `marsad extract` prints. */
export function processDocument(raw: RawDocument, options: ProcessOptions = {}): Article {
  const extracted = extractDocument(raw);
  const { declaredLanguage, ...fields } = extracted;
  const text = fields.paragraphs.join('\n\n');
  const links = webLinks({ url: fields.url ?? raw.url, canonicalUrl: fields.canonicalUrl, image: fields.image });
  const canonicalUrl = canonicalizeUrl(links.canonicalUrl ?? links.url ?? '');
  const article: Article = {
    id: articleId(canonicalUrl, fields.title, text),
    ...fields,
    url: links.url,
    image: links.image,
    canonicalUrl,
    source: raw.source ?? fields.source,
    language: detectLanguage(text, declaredLanguage),
    text,
    firstSeenAt: fields.firstSeenAt ?? raw.fetchedAt ?? options.now ?? new Date().toISOString(),
    rawId: rawId(raw.bytes),
  };
  if (!article.canonicalUrl) delete article.canonicalUrl;
  if (!article.url) delete article.url;
  if (!article.image) delete article.image;
  if (links.dropped.length > 0) article.diagnostics = [...(article.diagnostics ?? []), ...links.dropped];
  return analyze(article, options);
}

/** The article plus everything the store keeps with it: raw bytes and search terms. */
export function prepareForStore(article: Article, raw: RawDocument): ArticleToStore {
  return {
    article,
    raw: {
      id: article.rawId ?? rawId(raw.bytes),
      origin: raw.origin,
      format: raw.format,
      url: raw.url,
      contentType: raw.contentType,
      charset: raw.charset,
      fetchedAt: raw.fetchedAt,
      bytes: raw.bytes,
    },
    titleTerms: indexTerms(article.title),
    bodyTerms: indexTerms([article.standfirst ?? '', article.text].join('\n\n')),
    // Pure per-document work, so it is done here (in a worker) rather than by the single writer.
    fingerprint: fingerprint(dedupInput(article)),
  };
}

/**
 * prepareForStore plus the storage forms (compressed raw bytes, encoded fingerprint): pure
 * per-document work that a worker thread does so the single writer does not.
 */
export function prepareForWriter(article: Article, raw: RawDocument): ArticleToStore {
  const prepared = prepareForStore(article, raw);
  prepared.storageForms = {
    rawDeflated: deflateRaw(raw.bytes),
    fingerprint: prepared.fingerprint ? encodeFingerprint(prepared.fingerprint) : undefined,
  };
  return prepared;
}
