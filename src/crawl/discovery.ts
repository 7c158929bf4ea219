// From a fetched feed or sitemap to the links the crawler follows: parsed by src/crawl/discover,
// made canonical (one article, one URL), and filtered by date when the user asked for recent news.
import { decodeBytes } from '../extract/decode/index.ts';
import type { CrawlKind, FrontierEntry } from '../store/frontier-port.ts';
import { feedLinksInHtml, parseDiscovery, sniffDiscovery } from './discover/index.ts';
import type { FetchOutcome } from './fetch/index.ts';
import { canonicalUrl } from './urls.ts';

export interface DiscoveryResult {
  /** What the document was: rss, atom, sitemap-index…, or `html` for a page whose feeds were found in its head. */
  format: string;
  /** What the fetched URL is, from now on. */
  kind: 'feed' | 'sitemap';
  links: Array<{ url: string; kind: CrawlKind }>;
  /** Problems worth telling the user: malformed XML, links dropped, entries without a link. */
  notes: string[];
}

export interface DiscoveryOptions {
  maxLinksPerDocument?: number;
  since?: string;
}

/**
 * The links of a fetched feed or sitemap, or of an HTML page given as a feed (its advertised feeds);
 * undefined when the document is none of these. Throws a MarsadError for a document that is
 * empty or binary.
 */
export function discoverLinks(outcome: Extract<FetchOutcome, { kind: 'ok' }>, entry: FrontierEntry,
  options: DiscoveryOptions): DiscoveryResult | undefined {
  const format = sniffDiscovery(outcome.bytes, outcome.contentType);
  if (format === 'unknown') {
    if (entry.kind !== 'feed') return undefined;
    const feeds = feedLinksInHtml(decodeBytes(outcome.bytes, { contentType: outcome.contentType }).text, outcome.finalUrl)
      .map((url) => canonicalUrl(url)).filter((url): url is string => url !== undefined);
    if (feeds.length === 0) return undefined;
    return { format: 'html', kind: 'feed', links: feeds.map((url) => ({ url, kind: 'feed' as const })), notes: [] };
  }
  const discovery = parseDiscovery(outcome.bytes, { url: outcome.finalUrl, contentType: outcome.contentType, maxLinks: options.maxLinksPerDocument });
  const notes = discovery.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);
  const seen = new Set<string>();
  const links: DiscoveryResult['links'] = [];
  let invalid = 0;
  let old = 0;
  for (const link of discovery.links) {
    const url = canonicalUrl(link.url);
    if (!url) { invalid++; continue; }
    const date = link.publishedAt ?? link.updatedAt;
    if (options.since && date && date < options.since) { old++; continue; }
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, kind: link.kind });
  }
  if (invalid > 0) notes.push(`${invalid} links that are not http(s) URLs were skipped`);
  if (old > 0) notes.push(`${old} links dated before ${options.since} were skipped`);
  const kind = format === 'sitemap' || format === 'sitemap-index' ? 'sitemap' : 'feed';
  return { format, kind, links, notes };
}
