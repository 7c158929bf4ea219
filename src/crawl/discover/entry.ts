// One feed entry or sitemap URL as it is read, field by field, and how it becomes a link.
import type { LinkCollector } from './collector.ts';
import { readFeedDate } from './dates.ts';
import type { DiscoveredLink, LinkKind } from './types.ts';
import { resolveUrl } from './xml-walker.ts';

export class EntryDraft {
  /** The article link the format names first (RSS <link>, Atom rel=alternate, sitemap <loc>). */
  link?: string;
  /** A second choice: RSS guid isPermaLink, Atom id, rdf:about, JSON Feed id — when it is an http URL. */
  permalink?: string;
  /** FeedBurner's original URL: better than its redirecting <link>. */
  originalLink?: string;
  title?: string;
  published?: string;
  updated?: string;
  summary?: string;
  language?: string;
  news?: DiscoveredLink['news'];

  constructor(readonly kind: LinkKind) {}

  /** Sets a URL field from an href, once: the first value wins, as readers of the format expect. */
  setUrl(field: 'link' | 'permalink' | 'originalLink', href: string | undefined, base: string, collector: LinkCollector): void {
    if (href === undefined || this[field] !== undefined || href.trim() === '') return;
    const url = resolveUrl(href, base);
    if (url) this[field] = url;
    else if (field === 'link') collector.problems.add('discover.invalid_url', 'warning', `not an http(s) link: ${JSON.stringify(href.trim().slice(0, 200))}`);
  }

  /** Adds the entry's link to the collector; an entry without one is counted, not kept. `entryName` reads "an <item>". */
  finish(collector: LinkCollector, entryName: string): void {
    const url = this.originalLink ?? this.link ?? this.permalink;
    if (!url) {
      const what = this.title ? ` ("${this.title.slice(0, 80)}")` : '';
      collector.problems.add('discover.entry_without_link', 'warning', `${entryName}${what} has no usable link; skipped`);
      return;
    }
    collector.add({
      url,
      kind: this.kind,
      title: this.title,
      publishedAt: this.date(this.published, collector),
      updatedAt: this.date(this.updated, collector),
      summary: this.summary,
      language: this.language,
      news: this.news,
    });
  }

  private date(raw: string | undefined, collector: LinkCollector): string | undefined {
    if (raw === undefined || raw.trim() === '') return undefined;
    const iso = readFeedDate(raw);
    if (!iso) collector.problems.add('discover.unreadable_date', 'info', `cannot read the date ${JSON.stringify(raw.trim().slice(0, 80))}`);
    return iso;
  }
}
