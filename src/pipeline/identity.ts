// Stable article ids: from the canonical URL when there is one, else from the normalised content,
// so the same article ingested twice — from the same file or the same URL — is stored once.
import { createHash } from 'node:crypto';
import { foldForSearch } from '../text/index.ts';

/** Query parameters that only track the reader; one article behind many of them is one article. */
const TRACKING_PARAMS = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^mc_[ce]id$/i, /^ref$/i, /^ref_src$/i, /^igshid$/i,
  /^_ga$/i, /^yclid$/i, /^msclkid$/i, /^spm$/i, /^at_(?:medium|campaign|custom\d*)$/i, /^ocid$/i];

export function canonicalizeUrl(input: string): string | undefined {
  let url: URL;
  try { url = new URL(input.trim()); } catch { return undefined; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAMS.some((p) => p.test(key)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
  return url.href;
}

function shortHash(input: string): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

export function articleId(canonicalUrl: string | undefined, title: string, text: string): string {
  if (canonicalUrl) return shortHash(`url\n${canonicalUrl}`);
  // Folded and whitespace-collapsed, so a re-save that only changed spacing or harakat is the same article.
  const content = foldForSearch(`${title}\n${text}`).replace(/\s+/g, ' ').trim();
  return shortHash(`text\n${content}`);
}

export function rawId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
