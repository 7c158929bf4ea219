// A web page's bytes → article fields: decode (BOM, HTTP, <meta>, detection), then the HTML
// extractor's cascade. Mojibake is never stored silently: it arrives as a diagnostic.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { decodeBytes } from './decode/index.ts';
import { HtmlExtractor } from './html/index.ts';
import type { Extracted } from './index.ts';

/**
 * One extractor per process: it holds compiled vocabulary (patterns, the Hijri calendar formatter)
 * that costs about a millisecond to build and no state from page to page.
 */
let sharedExtractor: HtmlExtractor | undefined;

export function extractPage(bytes: Uint8Array, raw: RawDocument): Extracted {
  let decoded;
  try {
    decoded = decodeBytes(bytes, { contentType: raw.contentType, declaredCharset: raw.charset });
  } catch (error) {
    if (error instanceof MarsadError) throw new MarsadError(error.code, error.message.replace(/^[^:]*: /, ''), raw.origin);
    throw error;
  }
  sharedExtractor ??= new HtmlExtractor();
  const page = sharedExtractor.extract(decoded.text, { url: raw.url });
  // A standfirst the outlet marks up (lead, dek…) is often also the first block of the body.
  const paragraphs = page.standfirst && page.paragraphs[0] === page.standfirst ? page.paragraphs.slice(1) : page.paragraphs;
  return {
    url: raw.url ?? page.canonicalUrl,
    canonicalUrl: page.canonicalUrl,
    source: raw.source ?? page.siteName,
    siteName: page.siteName,
    section: page.section,
    title: page.title,
    standfirst: page.standfirst,
    dateline: page.dateline,
    authors: page.authors,
    publishedAt: page.publishedAt,
    modifiedAt: page.modifiedAt,
    image: page.image,
    paragraphs,
    diagnostics: [...decoded.diagnostics, ...page.diagnostics],
    declaredLanguage: page.language,
  };
}
