// The names feeds and sitemaps are written with (STYLE.md rule 8: vocabulary is data): XML
// namespaces, the prefixes sloppy feeds use without declaring them, MIME types of feed links,
// time-zone abbreviations seen in RSS dates, and the bounds one document may ask of us.

/** A sitemap may hold 50,000 URLs (sitemaps.org); a feed rarely comes near. */
export const DEFAULT_MAX_LINKS = 50_000;
/** sitemaps.org allows 50 MB uncompressed; a little headroom, then the rest is dropped. */
export const MAX_DISCOVERY_BYTES = 64 * 1024 * 1024;
/** Text kept of one element while it is read (a description may hold a whole article). */
export const MAX_FIELD_CHARS = 64 * 1024;
/** A link's summary is a preview, not the article. */
export const MAX_SUMMARY_CHARS = 1000;

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Namespaces whose elements count as the format's own, beside elements with no namespace. */
export const RSS_NAMESPACES: ReadonlySet<string> = new Set(['', NS.rss1, 'http://backend.userland.com/rss2', 'http://purl.org/net/rss1.1#']);
export const ATOM_NAMESPACES: ReadonlySet<string> = new Set(['', NS.atom, NS.atom03]);
export const SITEMAP_NAMESPACES: ReadonlySet<string> = new Set([
  '', NS.sitemap, 'http://www.google.com/schemas/sitemap/0.9', 'http://www.google.com/schemas/sitemap/0.84',
]);

/**
 * Prefixes feeds use without declaring them (`<dc:date>` in a feed with no xmlns:dc): read as
 * their usual namespace rather than dropped.
 */
export const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom,
  rdf: NS.rdf,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  feedburner: NS.feedburner,
  news: NS.news,
  xml: NS.xml,
};

/** `<link rel="alternate" type=…>` values that point to a feed. */
export const FEED_LINK_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/rdf+xml',
  'application/x-rss+xml', 'application/x.atom+xml', 'application/x-atom+xml',
]);

/** HTML tags that end a block: stripped text gets a space there, so paragraphs do not run together. */
export const HTML_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'figure', 'figcaption', 'section', 'article',
]);
export const HTML_SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Zone abbreviations in RSS dates, as minutes east of UTC. AST is Arabia Standard Time (+3) on the
 * Arabic sites we read, not the Atlantic zone of the same name.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, wet: 0, west: 60, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180,
  ast: 180, ksa: 180, msk: 180, gst: 240, irst: 210, pkt: 300,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** Words of a 12-hour clock: Latin and Arabic (ص = morning, م = evening). */
export const MORNING_MARKERS: ReadonlySet<string> = new Set(['am', 'a.m.', 'ص', 'صباحا', 'صباحاً']);
export const EVENING_MARKERS: ReadonlySet<string> = new Set(['pm', 'p.m.', 'م', 'مساء', 'مساءً', 'مساءا']);
