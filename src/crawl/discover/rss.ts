// RSS 2.0 and RSS 1.0 (RDF). Both are a channel (title, link, language) and items (title, link,
// description, a date); RSS 2.0 puts items inside the channel, RDF beside it. Dublin Core and
// content:encoded fill in what the core elements leave out.
import type { LinkCollector } from './collector.ts';
import { EntryDraft } from './entry.ts';
import { collapseSpace, summaryText, titleText } from './text.ts';
import { NS, RSS_NAMESPACES } from './vocabulary.ts';
import { resolveUrl, type XmlElement, type XmlRules } from './xml-walker.ts';

export interface FeedHead {
  title?: string;
  homepage?: string;
  language?: string;
}

/** Item fields read as text, by namespace and local name. */
const ITEM_TEXT_FIELDS: ReadonlyArray<[ReadonlySet<string> | string, string]> = [
  [RSS_NAMESPACES, 'title'], [RSS_NAMESPACES, 'link'], [RSS_NAMESPACES, 'guid'], [RSS_NAMESPACES, 'description'],
  [RSS_NAMESPACES, 'pubdate'], [NS.dc, 'date'], [NS.dc, 'language'], [NS.dc, 'title'], [NS.dcterms, 'modified'],
  [NS.atom, 'updated'], [NS.content, 'encoded'], [NS.feedburner, 'origlink'],
];
const CHANNEL_TEXT_FIELDS = new Set(['title', 'link', 'language']);

function isItemField(element: XmlElement): boolean {
  return ITEM_TEXT_FIELDS.some(([ns, local]) => element.local === local && inNamespace(element, ns));
}

function inNamespace(element: XmlElement, ns: ReadonlySet<string> | string): boolean {
  return typeof ns === 'string' ? element.ns === ns : ns.has(element.ns);
}

export class RssRules implements XmlRules {
  readonly head: FeedHead = {};
  private item?: { draft: EntryDraft; depth: number; description?: string; encoded?: string };
  private itemsSeen = 0;

  constructor(private readonly collector: LinkCollector) {}

  get entries(): number { return this.itemsSeen; }

  done(): boolean { return this.collector.truncated; }

  open(element: XmlElement, parent: XmlElement | undefined): void {
    if (element.local === 'item' && RSS_NAMESPACES.has(element.ns) && !this.item) {
      this.itemsSeen++;
      const draft = new EntryDraft('article');
      draft.setUrl('permalink', element.attrs['rdf:about'], element.base, this.collector);
      this.item = { draft, depth: element.depth };
      return;
    }
    // An Atom link inside an item, or an RSS link written Atom-style with href, for feeds that mix the two.
    if (this.item && parent?.depth === this.item.depth && element.local === 'link' && element.attrs.href !== undefined) {
      const rel = element.attrs.rel ?? 'alternate';
      if (rel === 'alternate') this.item.draft.setUrl('link', element.attrs.href, element.base, this.collector);
    }
  }

  wantsText(element: XmlElement, parent: XmlElement | undefined): boolean {
    if (this.item) {
      // A field inside another field means the outer one was never closed (<title>…<link>…): read both.
      const inItem = parent !== undefined && (parent.depth === this.item.depth || isItemField(parent));
      return inItem && isItemField(element);
    }
    return parent?.local === 'channel' && RSS_NAMESPACES.has(element.ns) && CHANNEL_TEXT_FIELDS.has(element.local);
  }

  close(element: XmlElement, text: string | undefined, parent: XmlElement | undefined): void {
    const item = this.item;
    if (item && element.depth === item.depth) {
      item.draft.summary = summaryText(item.description ?? item.encoded ?? '', true);
      item.draft.language ??= element.lang ?? this.head.language;
      item.draft.finish(this.collector, 'an <item>');
      this.item = undefined;
      return;
    }
    if (text === undefined) return;
    if (!item) {
      if (parent?.local !== 'channel') return;
      if (element.local === 'title') this.head.title ??= titleText(text);
      else if (element.local === 'link') this.head.homepage ??= resolveUrl(text, element.base);
      else if (element.local === 'language') this.head.language ??= collapseSpace(text) || undefined;
      return;
    }
    this.itemField(item, element, text);
  }

  private itemField(item: NonNullable<RssRules['item']>, element: XmlElement, text: string): void {
    const { draft } = item;
    const key = RSS_NAMESPACES.has(element.ns) ? element.local : `${element.ns}#${element.local}`;
    switch (key) {
      case 'title': case `${NS.dc}#title`: draft.title ??= titleText(text); break;
      case 'link': draft.setUrl('link', text, element.base, this.collector); break;
      case 'guid':
        // A guid is a permalink unless it says otherwise (RSS 2.0 spec).
        if (element.attrs.ispermalink?.trim().toLowerCase() !== 'false') draft.setUrl('permalink', text, element.base, this.collector);
        break;
      case 'description': item.description ??= text; break;
      case `${NS.content}#encoded`: item.encoded ??= text; break;
      case 'pubdate': case `${NS.dc}#date`: draft.published ??= text; break;
      case `${NS.dcterms}#modified`: case `${NS.atom}#updated`: draft.updated ??= text; break;
      case `${NS.dc}#language`: draft.language ??= collapseSpace(text) || undefined; break;
      case `${NS.feedburner}#origlink`: draft.setUrl('originalLink', text, element.base, this.collector); break;
    }
  }
}
