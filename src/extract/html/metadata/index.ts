// Page metadata: headline, description, authors, dates, canonical URL, outlet, section, language,
// lead image. Each field reads its sources in order of trust and stops at the first good one.

import { collapseWhitespace, textContent, type ElementNode } from '../dom.ts';
import type { ParsedPage } from '../parse.ts';
import { readJsonLd, stringField, type JsonObject } from './jsonld.ts';
import { MetaTags } from './meta-tags.ts';
import { hostLabel } from './host.ts';
import { chooseTitle } from './title.ts';
import { findDates } from './dates.ts';
import { findAuthors } from './authors.ts';
import type { DateReader } from './date-text.ts';

export interface PageMetadata {
  title?: string;
  description?: string;
  authors: string[];
  publishedAt?: string;
  modifiedAt?: string;
  canonicalUrl?: string;
  siteName?: string;
  section?: string;
  language?: string;
  image?: string;
  /** JSON-LD articleBody, for the first stage of the content cascade. */
  articleBody?: string;
  /** JSON-LD blocks that did not parse. */
  malformedJsonLd: number;
}

export function readMetadata(page: ParsedPage, elements: ElementNode[], url: string | undefined, dates: DateReader): PageMetadata {
  const meta = new MetaTags(page.metas);
  const jsonLd = readJsonLd(page.jsonLd);
  const article: JsonObject | undefined = jsonLd.article;
  const publisher = article?.publisher ?? jsonLd.objects.find((o) => o['@type'] === 'WebSite' || o['@type'] === 'Organization');
  const siteName = clean(meta.first('og:site_name', 'application-name', 'twitter:site:name') ?? stringField(publisher));
  const h1s = elements.filter((e) => e.tag === 'h1').map(textContent).filter(Boolean);
  const title = chooseTitle({
    og: clean(meta.first('og:title')),
    jsonLd: clean(stringField(article?.headline) ?? stringField(article?.name)),
    twitter: clean(meta.first('twitter:title')),
    h1s,
    htmlTitle: clean(page.title),
    siteName,
    hostLabel: hostLabel(url),
  });
  const { publishedAt, modifiedAt } = findDates(article, meta, elements, url, dates);
  const canonical = page.links.find((l) => (l.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.href ?? meta.first('og:url');
  return {
    title,
    description: clean(meta.first('og:description', 'description', 'twitter:description') ?? stringField(article?.description)),
    authors: findAuthors(article, meta, elements, siteName, url),
    publishedAt,
    modifiedAt,
    canonicalUrl: resolveUrl(canonical, url) ?? url,
    siteName,
    section: clean(meta.first('article:section', 'section', 'parsely-section') ?? stringField(article?.articleSection)),
    language: languageTag(page.htmlLang ?? meta.first('content-language', 'og:locale', 'language', 'dc.language')),
    image: resolveUrl(meta.first('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? stringField(article?.image), url),
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : undefined,
    malformedJsonLd: jsonLd.malformed,
  };
}


function clean(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = collapseWhitespace(value);
  return text || undefined;
}

function resolveUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return /^https?:\/\//i.test(value) ? value.trim() : undefined;
  }
}

/** `ar-EG`, `ar_EG`, `en-US` → `ar`, `en`: Marsad stores the language, not the locale. */
function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*([a-z]{2,3})(?:[-_]|$|\s)/i.exec(value);
  return m ? m[1].toLowerCase() : undefined;
}
