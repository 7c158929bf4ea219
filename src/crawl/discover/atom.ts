// Atom 1.0 (and the 0.3 names some old feeds still use). Links are attributes resolved against
// xml:base; text constructs say whether they hold text, escaped HTML or inline XHTML.
import type { LinkCollector } from './collector.ts';
import { EntryDraft } from './entry.ts';
import type { FeedHead } from './rss.ts';
import { summaryText, titleText } from './text.ts';
import { ATOM_NAMESPACES } from './vocabulary.ts';
import { resolveUrl, type XmlElement, type XmlRules } from './xml-walker.ts';

const ENTRY_TEXT_FIELDS = new Set(['title', 'id', 'published', 'issued', 'created', 'updated', 'modified', 'summary', 'content']);
const HTML_TEXT_TYPES = new Set(['html', 'xhtml', 'text/html', 'application/xhtml+xml']);

/** rel="alternate" (the default) to an HTML page, or with no type at all. */
function isPageLink(element: XmlElement): boolean {
  const rel = (element.attrs.rel ?? 'alternate').trim().toLowerCase();
  const type = (element.attrs.type ?? '').trim().toLowerCase();
  return rel === 'alternate' && (type === '' || type === 'text/html' || type === 'application/xhtml+xml');
}

export class AtomRules implements XmlRules {
  readonly head: FeedHead = {};
  /** The next page of a paged feed (RFC 5005). */
  nextPage?: string;
  private entry?: { draft: EntryDraft; depth: number; summary?: string; content?: string; contentIsHtml?: boolean };
  private entriesSeen = 0;

  constructor(private readonly collector: LinkCollector) {}

  get entries(): number { return this.entriesSeen; }

  done(): boolean { return this.collector.truncated; }

  private isAtom(element: XmlElement): boolean {
    return ATOM_NAMESPACES.has(element.ns);
  }

  open(element: XmlElement, parent: XmlElement | undefined): void {
    if (!this.isAtom(element)) return;
    if (element.local === 'entry' && !this.entry) {
      this.entriesSeen++;
      this.entry = { draft: new EntryDraft('article'), depth: element.depth };
      return;
    }
    if (element.local !== 'link' || element.attrs.href === undefined) return;
    if (this.entry && parent?.depth === this.entry.depth) {
      if (isPageLink(element)) this.entry.draft.setUrl('link', element.attrs.href, element.base, this.collector);
    } else if (!this.entry && parent?.depth === 0) {
      const rel = (element.attrs.rel ?? 'alternate').trim().toLowerCase();
      if (isPageLink(element)) this.head.homepage ??= resolveUrl(element.attrs.href, element.base);
      else if (rel === 'next') this.nextPage ??= resolveUrl(element.attrs.href, element.base);
    }
  }

  wantsText(element: XmlElement, parent: XmlElement | undefined): boolean {
    if (!this.isAtom(element)) return false;
    if (this.entry) return parent?.depth === this.entry.depth && ENTRY_TEXT_FIELDS.has(element.local);
    return parent?.depth === 0 && element.local === 'title';
  }

  close(element: XmlElement, text: string | undefined, parent: XmlElement | undefined): void {
    const entry = this.entry;
    if (entry && element.depth === entry.depth) {
      entry.draft.summary = entry.summary !== undefined
        ? summaryText(entry.summary, false)
        : summaryText(entry.content ?? '', entry.contentIsHtml ?? false);
      entry.draft.language ??= element.lang;
      entry.draft.finish(this.collector, 'an <entry>');
      this.entry = undefined;
      return;
    }
    if (text === undefined) return;
    const isHtml = HTML_TEXT_TYPES.has((element.attrs.type ?? '').trim().toLowerCase());
    if (!entry) {
      if (parent?.depth === 0 && element.local === 'title') this.head.title ??= titleText(text, isHtml);
      return;
    }
    const { draft } = entry;
    switch (element.local) {
      case 'title': draft.title ??= titleText(text, isHtml); break;
      case 'id': draft.setUrl('permalink', httpOnly(text), element.base, this.collector); break;
      case 'published': case 'issued': case 'created': draft.published ??= text; break;
      case 'updated': case 'modified': draft.updated ??= text; break;
      // Summary is the entry's own preview; content is the article, used only when there is no summary.
      case 'summary': entry.summary ??= isHtml ? summaryText(text, true) ?? '' : text; break;
      case 'content': entry.content ??= text; entry.contentIsHtml = isHtml; break;
    }
  }
}

/** An Atom id is often a tag: or urn: URI; only an http(s) one can stand in for a link. */
function httpOnly(text: string): string | undefined {
  const trimmed = text.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
}
