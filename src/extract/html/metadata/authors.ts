// Authors: never a wrong one (fewer is better). Only sources that name people are read, and a
// value is kept only when it reads like a name, not a site, a date, a URL or "admin".

import { classAndId, collapseWhitespace, textContent, type ElementNode } from '../dom.ts';
import type { JsonObject } from './jsonld.ts';
import { typeNames } from './jsonld.ts';
import type { MetaTags } from './meta-tags.ts';

const BYLINE_PREFIX = /^(?:written\s+by|posted\s+by|by|von|par|por|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|بواسطة)\s*[:：]?\s*/i;
const NOT_A_NAME = /^(?:admin|administrator|editor|redaktion|staff|team|guest|anonymous|unknown|webmaster|root|user|author|المحرر|التحرير|محرر|الإدارة|فريق التحرير)$/i;
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 6;
const AUTHOR_ELEMENT_HINT = /(?:^|[\s_-])(?:author|byline|writer|autor|kaatib|كاتب)(?:$|[\s_-]|name)/i;

export function findAuthors(
  article: JsonObject | undefined,
  meta: MetaTags,
  elements: ElementNode[],
  siteName: string | undefined,
): string[] {
  const accept = (names: string[]) => unique(names.flatMap(splitNames).map(cleanName).filter((n): n is string => isName(n, siteName)));
  const fromJsonLd = accept(jsonLdAuthors(article?.author));
  if (fromJsonLd.length > 0) return fromJsonLd;
  const fromMeta = accept([meta.first('author'), meta.first('article:author'), meta.first('parsely-author'), meta.first('sailthru.author'), meta.first('dc.creator'), meta.first('byl')]
    .filter((v): v is string => !!v && !/^https?:/i.test(v)));
  if (fromMeta.length > 0) return fromMeta;
  return accept(markupAuthors(elements));
}

function jsonLdAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object') {
      const object = item as JsonObject;
      if (typeNames(object).includes('organization')) continue;
      if (typeof object.name === 'string') names.push(object.name);
    }
  }
  return names;
}

function markupAuthors(elements: ElementNode[]): string[] {
  for (const element of elements) {
    const rel = element.attrs.rel;
    const itemprop = element.attrs.itemprop;
    if (itemprop === 'author' || rel === 'author' || (element.textLength > 0 && element.textLength < MAX_NAME_LENGTH && AUTHOR_ELEMENT_HINT.test(classAndId(element)))) {
      const nameChild = element.children.find((c) => c.type === 'element' && c.attrs.itemprop === 'name');
      const text = nameChild && nameChild.type === 'element' ? textContent(nameChild) : element.attrs.content ?? textContent(element);
      if (text) return [text];
    }
  }
  return [];
}

function splitNames(value: string): string[] {
  return value.split(/\s*(?:,|،|;|\s+and\s+|\s+und\s+|\s+&\s+)\s*/i);
}

function cleanName(value: string): string {
  return collapseWhitespace(value.replace(BYLINE_PREFIX, '').replace(/\s*[|•·].*$/, ''));
}

function isName(name: string, siteName: string | undefined): boolean {
  if (!name || name.length < 3 || name.length > MAX_NAME_LENGTH) return false;
  if (/\d|@|https?:|www\.|\.com|\.de\b/i.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return false;
  const words = name.split(/\s+/);
  return words.length <= MAX_NAME_WORDS;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.toLowerCase()) ? false : (seen.add(n.toLowerCase()), true)));
}
