// What a feed or sitemap tells a crawler: the links it lists and what it says about each.
import type { Diagnostic } from '../../core/types.ts';

export type LinkKind = 'article' | 'sitemap' | 'feed';

export interface DiscoveredLink {
  /** Absolute, resolved against the document URL and xml:base; not canonicalised (the caller does that). */
  url: string;
  title?: string;
  /** ISO 8601: a full UTC timestamp when the source gave a time, else YYYY-MM-DD. */
  publishedAt?: string;
  updatedAt?: string;
  /** Plain text, HTML stripped, cut to MAX_SUMMARY_CHARS. */
  summary?: string;
  language?: string;
  /** `sitemap`: a child of a sitemap index. `feed`: the next page of a paged feed (Atom rel="next", JSON Feed next_url). */
  kind: LinkKind;
  /** What a Google News sitemap says of the article. */
  news?: { publicationName?: string; title?: string; keywords?: string[] };
}

export type DiscoveryFormat = 'rss' | 'atom' | 'rdf' | 'jsonfeed' | 'sitemap' | 'sitemap-index' | 'unknown';

export interface Discovery {
  format: DiscoveryFormat;
  title?: string;
  homepage?: string;
  links: DiscoveredLink[];
  /** More entries than maxLinks: the rest were not read (a diagnostic says so). */
  truncated: boolean;
  diagnostics: Diagnostic[];
}

export interface DiscoveryOptions {
  /** The document's own URL: relative links resolve against it. */
  url: string;
  contentType?: string;
  /** Default DEFAULT_MAX_LINKS. */
  maxLinks?: number;
}
