// Feeds and sitemaps → the links they list. Pure functions over bytes: the fetcher brings the
// bytes, the crawl orchestrator decides what to fetch next. Bad input gives diagnostics and what
// could be recovered; only input that is not a document at all (empty, binary) throws.
import { MarsadError } from '../../core/errors.ts';
import type { Diagnostic } from '../../core/types.ts';
import { sniffBom } from '../../extract/decode/bom.ts';
import { decodeBytes } from '../../extract/decode/index.ts';
import { AtomRules } from './atom.ts';
import { DiagnosticTally, LinkCollector } from './collector.ts';
import { gunzipCapped, isGzip } from './gunzip.ts';
import { readJsonFeed } from './json-feed.ts';
import { RssRules, type FeedHead } from './rss.ts';
import { SitemapRules } from './sitemap.ts';
import { sniffDiscovery } from './sniff.ts';
import type { Discovery, DiscoveryFormat, DiscoveryOptions } from './types.ts';
import { DEFAULT_MAX_LINKS, MAX_DISCOVERY_BYTES } from './vocabulary.ts';
import { walkXml } from './xml-walker.ts';

export { feedLinksInHtml } from './html-links.ts';
export { readFeedDate } from './dates.ts';
export { sniffDiscovery } from './sniff.ts';
export type { DiscoveredLink, Discovery, DiscoveryFormat, DiscoveryOptions, LinkKind } from './types.ts';
export { DEFAULT_MAX_LINKS, MAX_DISCOVERY_BYTES } from './vocabulary.ts';

const MEGABYTE = 1024 * 1024;
const DECODE_SAMPLE_BYTES = 512 * 1024;
const GREATER_THAN = 0x3e;

interface Parsed {
  head: FeedHead;
  nextPage?: string;
  entries: number;
  xmlProblems?: string[];
}

export function parseDiscovery(bytes: Uint8Array, options: DiscoveryOptions): Discovery {
  if (bytes.length === 0) throw new MarsadError('empty_input', 'empty document', options.url);
  const maxLinks = Math.max(1, options.maxLinks ?? DEFAULT_MAX_LINKS);
  const tally = new DiagnosticTally();
  const { body, cut } = inflate(bytes, options.url, tally);
  const format = sniffDiscovery(body, options.contentType);

  const { text, diagnostics: decodeDiagnostics } = decodeDocument(body, options);

  const collector = new LinkCollector(maxLinks, tally);
  const parsed = parseText(format, text, options.url, collector);
  if (parsed.xmlProblems && parsed.xmlProblems.length > 0) {
    tally.add('discover.malformed_xml', 'warning', `malformed XML, read what could be recovered: ${parsed.xmlProblems.join('; ')}`);
  }
  if (parsed.nextPage && parsed.nextPage !== options.url) collector.add({ url: parsed.nextPage, kind: 'feed' });
  noteOutcome(format, text, options.url, parsed, collector, maxLinks);

  const discovery: Discovery = {
    format,
    title: parsed.head.title,
    homepage: parsed.head.homepage,
    links: collector.links,
    truncated: collector.truncated || cut,
    diagnostics: [...decodeDiagnostics, ...tally.diagnostics()],
  };
  if (discovery.title === undefined) delete discovery.title;
  if (discovery.homepage === undefined) delete discovery.homepage;
  return discovery;
}

/**
 * The project's charset rules (BOM, Content-Type, XML declaration, detection) decide from the
 * first DECODE_SAMPLE_BYTES, cut after a `>` so no character is split; the whole document is then
 * read in that charset. Judging 24 MB of a 100,000-item feed would double the time to parse it.
 */
function decodeDocument(body: Uint8Array, options: DiscoveryOptions): { text: string; diagnostics: Diagnostic[] } {
  try {
    const bom = sniffBom(body);
    // A `>` byte can be half of a UTF-16 character: UTF-16 documents are judged whole.
    const utf16 = bom?.charset.startsWith('utf-16') ?? false;
    const cut = body.length > DECODE_SAMPLE_BYTES && !utf16 ? body.lastIndexOf(GREATER_THAN, DECODE_SAMPLE_BYTES) + 1 : 0;
    if (cut <= 0) return decodeBytes(body, { contentType: options.contentType });
    const sample = decodeBytes(body.subarray(0, cut), { contentType: options.contentType });
    const text = new TextDecoder(sample.charset).decode(bom ? body.subarray(bom.length) : body);
    return { text, diagnostics: sample.diagnostics };
  } catch (error) {
    if (error instanceof MarsadError) throw new MarsadError(error.code, error.message, options.url);
    throw error;
  }
}

/** Gunzips when the bytes are gzip, and holds the document to MAX_DISCOVERY_BYTES either way. */
function inflate(bytes: Uint8Array, url: string, tally: DiagnosticTally): { body: Uint8Array; cut: boolean } {
  const tooLarge = () => tally.add('discover.too_large', 'warning',
    `larger than ${MAX_DISCOVERY_BYTES / MEGABYTE} MB${isGzip(bytes) ? ' once decompressed' : ''}; the rest was not read`);
  if (!isGzip(bytes)) {
    if (bytes.length <= MAX_DISCOVERY_BYTES) return { body: bytes, cut: false };
    tooLarge();
    return { body: bytes.subarray(0, MAX_DISCOVERY_BYTES), cut: true };
  }
  const inflated = gunzipCapped(bytes, MAX_DISCOVERY_BYTES);
  if (inflated.bytes.length === 0) {
    throw new MarsadError('binary_input', `gzip data that cannot be decompressed (${inflated.error ?? 'no content'})`, url);
  }
  if (inflated.error) tally.add('discover.damaged_gzip', 'warning', `the gzip data is damaged (${inflated.error}); read what came before the damage`);
  if (inflated.capped) tooLarge();
  return { body: inflated.bytes, cut: inflated.capped || inflated.error !== undefined };
}

function parseText(format: DiscoveryFormat, text: string, url: string, collector: LinkCollector): Parsed {
  switch (format) {
    case 'rss':
    case 'rdf': {
      const rules = new RssRules(collector);
      const walk = walkXml(text, url, rules);
      return { head: rules.head, entries: rules.entries, xmlProblems: walk.problems };
    }
    case 'atom': {
      const rules = new AtomRules(collector);
      const walk = walkXml(text, url, rules);
      return { head: rules.head, nextPage: rules.nextPage, entries: rules.entries, xmlProblems: walk.problems };
    }
    case 'sitemap':
    case 'sitemap-index': {
      const rules = new SitemapRules(collector, format === 'sitemap' ? 'url' : 'sitemap');
      const walk = walkXml(text, url, rules);
      return { head: {}, entries: rules.entries, xmlProblems: walk.problems };
    }
    case 'jsonfeed':
      return readJsonFeed(text, url, collector);
    case 'unknown':
      return { head: {}, entries: 0 };
  }
}

function noteOutcome(format: DiscoveryFormat, text: string, url: string, parsed: Parsed, collector: LinkCollector, maxLinks: number): void {
  const { problems } = collector;
  if (format === 'unknown') {
    const page = /<html[\s>]|<!doctype\s+html/i.test(text.slice(0, 4096));
    problems.add('discover.not_a_feed', 'warning', page
      ? 'an HTML page, not a feed or sitemap (the feeds it announces are found with feedLinksInHtml)'
      : 'neither a feed (RSS, Atom, RDF, JSON Feed) nor a sitemap');
    return;
  }
  if (collector.truncated) {
    problems.add('discover.truncated', 'warning', `more than ${maxLinks} links; kept the first ${maxLinks}, the rest were not read`);
  }
  if (parsed.entries === 0) problems.add('discover.no_entries', 'info', `the ${format} lists no entries`);
  if (format === 'sitemap-index' && collector.links.some((link) => link.url === url)) {
    problems.add('discover.self_reference', 'warning', 'the sitemap index lists itself');
  }
}
