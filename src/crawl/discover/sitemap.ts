// Sitemaps (urlset: one <url> per page), sitemap indexes (sitemapindex: one <sitemap> per child
// sitemap) and Google News sitemaps (a <news:news> block inside each <url>).
import type { LinkCollector } from './collector.ts';
import { EntryDraft } from './entry.ts';
import { collapseSpace, titleText } from './text.ts';
import { NS, SITEMAP_NAMESPACES } from './vocabulary.ts';
import type { XmlElement, XmlRules } from './xml-walker.ts';

const NEWS_TEXT_FIELDS = new Set(['name', 'language', 'publication_date', 'title', 'keywords']);

export class SitemapRules implements XmlRules {
  private entry?: { draft: EntryDraft; depth: number };
  private entriesSeen = 0;

  /** `url` in a urlset, `sitemap` in an index. */
  constructor(private readonly collector: LinkCollector, private readonly entryName: 'url' | 'sitemap') {}

  get entries(): number { return this.entriesSeen; }

  done(): boolean { return this.collector.truncated; }

  open(element: XmlElement): void {
    if (!this.entry && element.local === this.entryName && SITEMAP_NAMESPACES.has(element.ns)) {
      this.entriesSeen++;
      this.entry = { draft: new EntryDraft(this.entryName === 'sitemap' ? 'sitemap' : 'article'), depth: element.depth };
    }
  }

  wantsText(element: XmlElement, parent: XmlElement | undefined): boolean {
    if (!this.entry || !parent) return false;
    if (element.ns === NS.news) return NEWS_TEXT_FIELDS.has(element.local);
    return parent.depth === this.entry.depth && SITEMAP_NAMESPACES.has(element.ns) && (element.local === 'loc' || element.local === 'lastmod');
  }

  close(element: XmlElement, text: string | undefined): void {
    const entry = this.entry;
    if (!entry) return;
    if (element.depth === entry.depth) {
      entry.draft.finish(this.collector, `a <${this.entryName}>`);
      this.entry = undefined;
      return;
    }
    if (text === undefined) return;
    const { draft } = entry;
    if (element.ns !== NS.news) {
      if (element.local === 'loc') draft.setUrl('link', text, element.base, this.collector);
      else draft.updated ??= text;
      return;
    }
    const news = (draft.news ??= {});
    switch (element.local) {
      case 'name': news.publicationName ??= collapseSpace(text) || undefined; break;
      case 'language': draft.language ??= collapseSpace(text) || undefined; break;
      case 'publication_date': draft.published ??= text; break;
      case 'title': news.title ??= titleText(text); draft.title ??= news.title; break;
      case 'keywords': {
        const keywords = text.split(/[,،]/).map(collapseSpace).filter(Boolean);
        if (keywords.length > 0) news.keywords ??= keywords;
        break;
      }
    }
  }
}
