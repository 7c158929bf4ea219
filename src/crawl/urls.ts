// One spelling per crawlable URL, so the frontier fetches one article once however it was linked.
// Builds on the pipeline's canonicalizeUrl (tracking parameters, fragment, host case, sorted query,
// trailing slash) and adds what a crawler meets in links: relative references, `//` runs,
// percent-encoding spelled differently, credentials and absurd lengths.
import { canonicalizeUrl } from '../pipeline/identity.ts';

/** Longer URLs are almost always generated traps (session ids, calendars); browsers and CDNs balk too. */
export const MAX_URL_LENGTH = 2048;

const PERCENT_ESCAPE = /%([0-9a-fA-F]{2})/g;
/** RFC 3986 §2.3: escapes of these mean the character itself. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

export function canonicalUrl(input: string, base?: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try { url = base === undefined ? new URL(trimmed) : new URL(trimmed, base); } catch { return undefined; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // A link with a password in it is someone's private access, not an article address.
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;

  // Re-assigning the path runs the URL path parser again, which resolves dot segments that only
  // appeared once the empty segments were gone.
  url.pathname = normaliseEscapes(url.pathname.replace(/\/{2,}/g, '/'));
  const canonical = canonicalizeUrl(url.href);
  if (canonical === undefined || canonical.length > MAX_URL_LENGTH) return undefined;
  return canonical;
}

/** `%d8%a3` and `%D8%A3` are one byte; `%41` is `A`. Reserved escapes (`%2F`) keep their meaning. */
function normaliseEscapes(path: string): string {
  return path.replace(PERCENT_ESCAPE, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}
