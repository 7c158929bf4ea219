// Which kind of discovery document some bytes are, from their content (a feed served as
// text/html or named .php is common): the root element of XML, or the version URL of a JSON Feed.
import { sniffBom } from '../../extract/decode/bom.ts';
import { gunzipCapped, isGzip } from './gunzip.ts';
import type { DiscoveryFormat } from './types.ts';

const HEAD_BYTES = 8192;
/** XML declaration, processing instructions, comments, DOCTYPE: what may come before the root element. */
const PROLOG_ITEM = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;
const ROOT_TAG = /^\s*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

const FORMAT_BY_ROOT: Readonly<Record<string, DiscoveryFormat>> = {
  rss: 'rss',
  feed: 'atom',
  urlset: 'sitemap',
  sitemapindex: 'sitemap-index',
};

export function sniffDiscovery(bytes: Uint8Array, contentType?: string): DiscoveryFormat {
  let head = bytes.subarray(0, HEAD_BYTES);
  if (isGzip(bytes)) head = gunzipCapped(bytes, HEAD_BYTES).bytes;
  return sniffText(headText(head), contentType);
}

export function sniffText(head: string, contentType?: string): DiscoveryFormat {
  let text = head.replace(/^\uFEFF/, '');
  for (let match = PROLOG_ITEM.exec(text); match; match = PROLOG_ITEM.exec(text)) text = text.slice(match[0].length);
  const start = text.trimStart();
  if (start.startsWith('{')) {
    const declaredJsonFeed = /feed\+json/i.test(contentType ?? '');
    return JSON_FEED_VERSION.test(start) || declaredJsonFeed ? 'jsonfeed' : 'unknown';
  }
  const root = ROOT_TAG.exec(start);
  if (!root) return 'unknown';
  const name = root[2].toLowerCase();
  // rdf:RDF is any RDF document; it is a feed when it speaks RSS 1.0 or holds a channel.
  if (name === 'rdf') return /purl\.org\/rss\/1\.0|<(?:\w+:)?channel[\s>]/i.test(start) ? 'rdf' : 'unknown';
  return Object.hasOwn(FORMAT_BY_ROOT, name) ? FORMAT_BY_ROOT[name] : 'unknown';
}

/** The head as text: markup is ASCII in every charset feeds use, except UTF-16. */
function headText(head: Uint8Array): string {
  const bom = sniffBom(head);
  if (bom) return new TextDecoder(bom.charset).decode(head.subarray(bom.length));
  if (head.length >= 2 && head[0] === 0x3c && head[1] === 0) return new TextDecoder('utf-16le').decode(head);
  if (head.length >= 2 && head[0] === 0 && head[1] === 0x3c) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
}
