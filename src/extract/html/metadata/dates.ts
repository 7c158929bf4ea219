// Publication and modification dates, from the most to the least reliable source:
// JSON-LD, <meta>, a date in the URL path, <time>/itemprop markup, then dates written in the page's text.

import { classAndId, textContent, type ElementNode } from '../dom.ts';
import type { JsonObject } from './jsonld.ts';
import { stringField } from './jsonld.ts';
import type { MetaTags } from './meta-tags.ts';
import type { DateReader } from './date-text.ts';

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'publication_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date', 'date', 'created', 'article:published',
];
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'article.updated'];
/** Class/id words of elements that show the publication date. */
const DATE_HOLDER_HINT = /date|time|publish|posted|meta|byline|info|تاريخ/i;
/** Text dates are looked for only in the first elements of this many characters of text. */
const MAX_DATE_HOLDER_TEXT = 200;

export interface Dates {
  publishedAt?: string;
  modifiedAt?: string;
}

export function findDates(
  article: JsonObject | undefined,
  meta: MetaTags,
  elements: ElementNode[],
  url: string | undefined,
  reader: DateReader,
): Dates {
  const read = (value: unknown) => {
    const s = stringField(value);
    return s ? reader.readValue(s) : undefined;
  };
  const publishedAt = read(article?.datePublished) ?? read(article?.dateCreated)
    ?? firstValid(PUBLISHED_META_KEYS.map((k) => meta.first(k)), reader)
    ?? (url ? reader.fromUrl(url) : undefined)
    ?? fromMarkup(elements, reader)
    ?? fromText(elements, reader);
  const modifiedAt = read(article?.dateModified) ?? firstValid(MODIFIED_META_KEYS.map((k) => meta.first(k)), reader);
  return { publishedAt, modifiedAt };
}

function firstValid(values: Array<string | undefined>, reader: DateReader): string | undefined {
  for (const value of values) {
    if (!value) continue;
    const date = reader.readValue(value);
    if (date) return date;
  }
  return undefined;
}

function fromMarkup(elements: ElementNode[], reader: DateReader): string | undefined {
  let firstTime: string | undefined;
  for (const element of elements) {
    const itemprop = element.attrs.itemprop;
    if (itemprop === 'datePublished' || itemprop === 'dateCreated') {
      const value = element.attrs.content ?? element.attrs.datetime ?? textContent(element);
      const date = reader.readValue(value);
      if (date) return date;
    }
    if (element.tag === 'time') {
      const value = element.attrs.datetime ?? textContent(element);
      const date = value ? reader.readValue(value) : undefined;
      if (!date) continue;
      if (element.attrs.pubdate !== undefined || /publish|posted|entry-date/i.test(classAndId(element))) return date;
      firstTime ??= date;
    }
  }
  return firstTime;
}

/** Dates written in the page: first in elements named for dates, then in any short text block. */
function fromText(elements: ElementNode[], reader: DateReader): string | undefined {
  for (const element of elements) {
    if (element.textLength === 0 || element.textLength > MAX_DATE_HOLDER_TEXT) continue;
    if (!DATE_HOLDER_HINT.test(classAndId(element))) continue;
    const date = reader.first(textContent(element));
    if (date) return date.iso;
  }
  for (const element of elements) {
    if (element.textLength === 0 || element.textLength > MAX_LOOSE_DATE_TEXT || !ownText(element)) continue;
    if (insideComments(element)) continue;
    const date = reader.first(textContent(element));
    if (date) return date.iso;
  }
  return undefined;
}

/** A short element ("Veröffentlicht am 16.08.2019", "نشر في 3 مارس") may carry the date without a telling class. */
const MAX_LOOSE_DATE_TEXT = 80;
const COMMENTS = /comment|respond|reply|kommentar/i;

function ownText(element: ElementNode): boolean {
  return element.children.some((c) => c.type === 'text' && /\d/.test(c.text));
}

function insideComments(element: ElementNode): boolean {
  for (let node: ElementNode | undefined = element; node; node = node.parent) if (COMMENTS.test(classAndId(node))) return true;
  return false;
}
