// Authors: never a wrong one (fewer is better). Only sources that name people are read, and a
// value is kept only when it reads like a name, not a site, a date, a URL or "admin".

import { classAndId, collapseWhitespace, textContent, type ElementNode } from '../dom.ts';
import type { JsonObject } from './jsonld.ts';
import { typeNames } from './jsonld.ts';
import type { MetaTags } from './meta-tags.ts';
import { hostLabel } from './host.ts';

const BYLINE_PREFIX = /^(?:[~–—\-•|:\s]*)(?:view\s+all\s+posts\s+by|(?:zeige\s+)?alle\s+beiträge\s+von|eingestellt\s+von|artikel\s+von|interview|(?:post\s+)?author|autor(?:in)?|written\s+by|posted\s+by|published\s+by|veröffentlicht\s+von|verfasst\s+von|geschrieben\s+von|publié\s+par|by|von|vom|par|por|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|بواسطة)(?=[\s:：]|[A-ZÄÖÜ])\s*[:：]?\s*/i;
const NOT_A_NAME = /^(?:admin|administrator|editor|redaktion|staff|team|guest|anonymous|unknown|webmaster|root|user|author|المحرر|التحرير|محرر|الإدارة|فريق التحرير)$/i;
/** Words that show a value is a label or a sentence, not a person: "Posted on", "Name (erforderlich)", "X said". */
const NOT_A_NAME_WORDS = /\b(?:posted|published|veröffentlicht|publiziert|erstellt|updated|aktualisiert|erforderlich|required|said|says|schreibt|comments?|kommentare?|edited|wordpressadmin|admin)\b|[()\[\]{}=<>]/i;
/** Words that mark an organisation or a publication, which is a source but not an author. */
const ORGANISATION_MARKERS = /\b(?:gmbh|e\.\s?v\.|ag|inc|ltd|llc|verlag|zeitung|magazin|magazine|redaktion|stiftung|verband|agentur|press|media|online|news|theme\w*)\b|\.[a-z]{2,4}\b|صحيفة|جريدة|مجلة|وكالة|موقع|بوابة/i;
/** Degrees and titles that follow a name after a comma ("Jane Doe, PhD"): not separate people. */
const CREDENTIALS = /^(?:phd|ph\.d\.|md|m\.d\.|mba|msc|bsc|dr\.?|prof\.?|jr\.?|sr\.?)$/i;
/** More parts than this after splitting a byline means it was a sentence, not a list of names. */
const MAX_AUTHORS = 4;

/** Bylines inside these are commenters and form labels, not the article's authors. */
const NOT_BYLINE_CONTAINER = /comment|respond|reply|discussion|forum/i;
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 6;
const AUTHOR_ELEMENT_HINT = /(?:^|[\s_-])(?:author|byline|writer|autor|kaatib|كاتب)(?:$|[\s_-]|name)/i;

export function findAuthors(
  article: JsonObject | undefined,
  meta: MetaTags,
  elements: ElementNode[],
  siteName: string | undefined,
  url?: string,
): string[] {
  const site = { siteName, hostLabel: hostLabel(url) };
  const accept = (names: string[]) => {
    const parts = names.flatMap(splitNames).map(cleanName).filter((n) => n && !CREDENTIALS.test(n));
    // A byline that splits into many parts, or into a part that is no name, is not trusted at all.
    if (parts.length > MAX_AUTHORS || !parts.every((n) => isName(n, site))) return [];
    return unique(parts);
  };
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

/** Markup sources, most explicit first: itemprop="author", rel="author", then byline classes. */
function markupAuthors(elements: ElementNode[]): string[] {
  const explicit = (e: ElementNode) => e.attrs.itemprop === 'author' || (e.attrs.rel ?? '').split(/\s+/).includes('author');
  const hinted = (e: ElementNode) => e.textLength > 0 && e.textLength < MAX_NAME_LENGTH && AUTHOR_ELEMENT_HINT.test(classAndId(e));
  for (const accept of [explicit, hinted]) {
    for (const element of elements) {
      if (!accept(element) || insideNonByline(element)) continue;
      const nameChild = element.children.find((c) => c.type === 'element' && c.attrs.itemprop === 'name');
      const text = nameChild && nameChild.type === 'element' ? textContent(nameChild) : element.attrs.content ?? textContent(element);
      if (text) return [text];
    }
  }
  return [];
}

function insideNonByline(element: ElementNode): boolean {
  for (let node: ElementNode | undefined = element; node; node = node.parent) {
    if (node.tag === 'form' || NOT_BYLINE_CONTAINER.test(classAndId(node))) return true;
  }
  return false;
}

function splitNames(value: string): string[] {
  return value.split(/\s*(?:,|،|;|\s+and\s+|\s+und\s+|\s+&\s+)\s*/i);
}

function cleanName(value: string): string {
  return collapseWhitespace(value).replace(BYLINE_PREFIX, '').replace(/\s*[|•·].*$/, '').replace(/[\s\-–—~:,]+$/, '').trim();
}

function isName(name: string, site: { siteName?: string; hostLabel?: string }): boolean {
  if (!name || name.length < 2 || name.length > MAX_NAME_LENGTH) return false;
  if (/\d|@|https?:|www\./i.test(name)) return false;
  if (NOT_A_NAME.test(name) || NOT_A_NAME_WORDS.test(name) || ORGANISATION_MARKERS.test(name)) return false;
  const lower = name.toLowerCase();
  if (site.siteName && (lower === site.siteName.toLowerCase() || site.siteName.toLowerCase().includes(lower))) return false;
  if (site.hostLabel && site.hostLabel.length >= 4 && lower.replace(/[^a-z0-9]/g, '').includes(site.hostLabel)) return false;
  const words = name.split(/\s+/);
  return words.length <= MAX_NAME_WORDS;
}


function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.toLowerCase()) ? false : (seen.add(n.toLowerCase()), true)));
}
