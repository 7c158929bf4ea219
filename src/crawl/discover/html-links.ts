// Feeds a web page announces: <link rel="alternate" type="application/rss+xml" href="…">, the
// autodiscovery convention every feed reader follows. Resolved against <base href> when there is one.
import { Parser } from 'htmlparser2';
import { FEED_LINK_TYPES } from './vocabulary.ts';
import { resolveUrl } from './xml-walker.ts';

export function feedLinksInHtml(html: string, pageUrl: string): string[] {
  // <base href> applies to the whole document, links before it included.
  let base: string | undefined;
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'base' && base === undefined && attrs.href) {
        base = resolveUrl(attrs.href, pageUrl) ?? pageUrl;
        return;
      }
      if (name !== 'link' || !attrs.href) return;
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const type = (attrs.type ?? '').split(';')[0].trim().toLowerCase();
      if (!rels.includes('alternate') || !FEED_LINK_TYPES.has(type)) return;
      hrefs.push(attrs.href);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  const urls = hrefs.map((href) => resolveUrl(href, base ?? pageUrl)).filter((url): url is string => url !== undefined);
  return [...new Set(urls)];
}
