// An alert as an RSS 2.0 feed: its latest matches, newest match first. Each item links to the
// article's page on this server and names the outlet's own URL as its <source>; the text is
// XML-escaped, and characters XML 1.0 cannot carry are dropped (Arabic text passes as it is).
import { highlightKeys, parseQuery } from '../search/query.ts';
import type { Alert, AlertMatch } from '../store/alerts-port.ts';
import type { Store } from '../store/port.ts';
import { plainSnippet } from './snippet.ts';

export const FEED_ITEMS = 50;

export interface FeedOptions {
  /** This server's origin (scheme, host, port), for absolute links: `https://marsad.example`. */
  origin: string;
  items?: number;
}

/** Code points XML 1.0 does not allow (C0 controls but tab, CR, LF; lone surrogates; U+FFFE, U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;');
}

/** RFC 822 date, as RSS 2.0 wants it. */
function rssDate(iso: string | undefined): string | undefined {
  const time = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toUTCString();
}

function isHttpUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

function element(name: string, text: string | undefined, attributes = ''): string {
  return text === undefined ? '' : `<${name}${attributes}>${xmlEscape(text)}</${name}>`;
}

export const alertPageHref = (name: string) => `/alerts#${encodeURIComponent(`alert-${name}`)}`;
export const alertFeedHref = (name: string) => `/alerts/${encodeURIComponent(name)}.rss`;

function item(match: AlertMatch, alert: Alert, keys: Set<string>, origin: string): string {
  const page = `${origin}/articles/${encodeURIComponent(match.id)}`;
  const source = isHttpUrl(match.url) ? element('source', match.source ?? match.url, ` url="${xmlEscape(match.url)}"`) : '';
  return ['<item>',
    element('title', match.title),
    element('link', page),
    // One match of one alert: the same guid in every rendering, so a reader shows it once.
    element('guid', `marsad:${alert.name}:${match.id}`, ' isPermaLink="false"'),
    element('pubDate', rssDate(match.publishedAt ?? match.firstSeenAt ?? match.matchedAt)),
    element('description', plainSnippet(match.text, keys)),
    source,
    '</item>'].join('');
}

export function renderFeed(alert: Alert, matches: AlertMatch[], origin: string): string {
  const keys = highlightKeys(parseQuery(alert.query));
  const self = `${origin}${alertFeedHref(alert.name)}`;
  const lastBuild = rssDate(matches[0]?.matchedAt ?? alert.createdAt);
  return ['<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    element('title', `مرصد — تنبيه: ${alert.name}`),
    element('link', `${origin}${alertPageHref(alert.name)}`),
    element('description', `مقالات جديدة تطابق «${alert.query}»`),
    '<language>ar</language>',
    `<atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', lastBuild),
    ...matches.map((m) => item(m, alert, keys, origin)),
    '</channel></rss>', ''].join('\n');
}

/** The alert's feed, or undefined when there is no such alert. */
export async function alertFeed(store: Store, name: string, options: FeedOptions): Promise<string | undefined> {
  const alert = await store.alerts.get(name);
  if (!alert) return undefined;
  const { items } = await store.alerts.matches(name, { limit: options.items ?? FEED_ITEMS });
  return renderFeed(alert, items, options.origin.replace(/\/+$/, ''));
}
