// JSON Feed 1.0 and 1.1 (jsonfeed.org): a JSON object with items[]. The document is parsed whole —
// its bytes are already bounded by the caller — and only the first maxLinks items are read.
import type { LinkCollector } from './collector.ts';
import { EntryDraft } from './entry.ts';
import type { FeedHead } from './rss.ts';
import { collapseSpace, summaryText, titleText } from './text.ts';
import { resolveUrl } from './xml-walker.ts';

type Json = Record<string, unknown>;

export interface JsonFeedResult {
  head: FeedHead;
  nextPage?: string;
  entries: number;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonFeed(source: string, documentUrl: string, collector: LinkCollector): JsonFeedResult {
  let feed: unknown;
  try {
    feed = JSON.parse(source);
  } catch (error) {
    collector.problems.add('discover.invalid_json', 'error', `not valid JSON (${(error as Error).message})`);
    return { head: {}, entries: 0 };
  }
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    collector.problems.add('discover.invalid_json_feed', 'error', 'a JSON Feed needs an object with an "items" array');
    return { head: {}, entries: 0 };
  }
  const homeText = text(feed.home_page_url);
  const head: FeedHead = {
    title: text(feed.title) && titleText(text(feed.title)!),
    homepage: homeText && resolveUrl(homeText, documentUrl),
    language: text(feed.language) && collapseSpace(text(feed.language)!),
  };
  const nextText = text(feed.next_url);
  const nextPage = nextText && resolveUrl(nextText, documentUrl);
  let entries = 0;
  for (const item of feed.items) {
    if (collector.truncated) break;
    entries++;
    if (!isObject(item)) {
      collector.problems.add('discover.invalid_item', 'warning', 'an item of the JSON Feed is not an object; skipped');
      continue;
    }
    const draft = new EntryDraft('article');
    draft.setUrl('link', text(item.url), documentUrl, collector);
    // external_url is the page a link-blog entry points to: the article, when the item has no url of its own.
    draft.setUrl('link', text(item.external_url), documentUrl, collector);
    const id = text(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined);
    if (id && /^https?:\/\//i.test(id.trim())) draft.setUrl('permalink', id, documentUrl, collector);
    draft.title = text(item.title) && titleText(text(item.title)!);
    draft.published = text(item.date_published);
    draft.updated = text(item.date_modified);
    draft.summary = text(item.summary) !== undefined ? summaryText(text(item.summary)!, false)
      : text(item.content_text) !== undefined ? summaryText(text(item.content_text)!, false)
        : summaryText(text(item.content_html) ?? '', true);
    draft.language = (text(item.language) && collapseSpace(text(item.language)!)) || head.language;
    draft.finish(collector, 'a JSON Feed item');
  }
  return { head, nextPage, entries };
}
