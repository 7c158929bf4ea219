// A web page's bytes → article fields: decode (BOM, HTTP, <meta>, detection), then the HTML
// extractor's cascade. Mojibake is never stored silently: it arrives as a diagnostic.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { decodeBytes } from './decode/index.ts';
import { extractHtml } from './html/index.ts';
import type { Extracted } from './index.ts';

export function extractPage(bytes: Uint8Array, raw: RawDocument): Extracted {
  let decoded;
  try {
    decoded = decodeBytes(bytes, { contentType: raw.contentType, declaredCharset: raw.charset });
  } catch (error) {
    if (error instanceof MarsadError) throw new MarsadError(error.code, error.message.replace(/^[^:]*: /, ''), raw.origin);
    throw error;
  }
  const page = extractHtml(decoded.text, { url: raw.url });
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
    paragraphs: page.paragraphs,
    diagnostics: [...decoded.diagnostics, ...page.diagnostics],
    declaredLanguage: page.language,
  };
}
