// robots.txt as RFC 9309 reads it: groups of user-agent lines followed by rules; the group for
// our product token wins over `*`; several groups for one agent are merged; the longest matching
// rule decides and Allow wins a tie; `*` matches any run of characters and a final `$` anchors.
// Crawl-delay (not in the RFC, still widely written) is read from the chosen group.

export interface RobotsRule {
  allow: boolean;
  /** Percent-encoding normalised; may contain `*` and end in `$`. */
  pattern: string;
}

export interface RobotsRules {
  rules: RobotsRule[];
  crawlDelayMs?: number;
  sitemaps: string[];
}

/** Field names as people write them, typos included (as Google's parser accepts them). */
const FIELD_NAMES: Record<string, 'user-agent' | 'allow' | 'disallow' | 'crawl-delay' | 'sitemap'> = {
  'user-agent': 'user-agent', useragent: 'user-agent', 'user agent': 'user-agent',
  allow: 'allow',
  disallow: 'disallow', dissallow: 'disallow', dissalow: 'disallow', disalow: 'disallow',
  'crawl-delay': 'crawl-delay', crawldelay: 'crawl-delay',
  sitemap: 'sitemap', 'site-map': 'sitemap',
};

/** robots.txt itself is never disallowed (RFC 9309 §2.2.2 implies it; every crawler assumes it). */
const ROBOTS_PATH = '/robots.txt';

interface Group { agents: string[]; rules: RobotsRule[]; crawlDelayMs?: number; hasRules: boolean }

export function parseRobots(text: string, agentToken: string): RobotsRules {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | undefined;
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = FIELD_NAMES[line.slice(0, colon).trim().toLowerCase()];
    const value = line.slice(colon + 1).trim();
    if (field === 'sitemap') { if (value) sitemaps.push(value); continue; }
    if (field === 'user-agent') {
      // A user-agent line after rules opens a new group; consecutive ones share a group.
      if (!current || current.hasRules) { current = { agents: [], rules: [], hasRules: false }; groups.push(current); }
      current.agents.push(productToken(value));
      continue;
    }
    if (!current || field === undefined) continue;
    current.hasRules = true;
    if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelayMs = Math.max(current.crawlDelayMs ?? 0, seconds * 1000);
    } else if (value !== '') {
      // An empty Disallow means "nothing is disallowed": no rule at all.
      current.rules.push({ allow: field === 'allow', pattern: normalisePattern(value) });
    }
  }
  const token = agentToken.toLowerCase();
  const ours = groups.filter((group) => group.agents.includes(token));
  const chosen = ours.length > 0 ? ours : groups.filter((group) => group.agents.includes('*'));
  const delays = chosen.map((group) => group.crawlDelayMs).filter((delay): delay is number => delay !== undefined);
  return {
    rules: chosen.flatMap((group) => group.rules),
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) : undefined,
    sitemaps,
  };
}

/** Everything allowed: what a missing robots.txt (404) means. */
export const ALLOW_ALL: RobotsRules = { rules: [], sitemaps: [] };

/** `pathAndQuery` is a URL's path plus its query (`/a/b?c=1`), as URL.pathname + URL.search give it. */
export function isAllowedByRobots(robots: RobotsRules, pathAndQuery: string): boolean {
  const path = normaliseForMatch(pathAndQuery || '/');
  if (path === ROBOTS_PATH) return true;
  let best: RobotsRule | undefined;
  for (const rule of robots.rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieWonByAllow = best !== undefined && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieWonByAllow) best = rule;
  }
  return best ? best.allow : true;
}

/** "Googlebot/2.1 (+http://…)" names the agent "googlebot". */
function productToken(value: string): string {
  return value.toLowerCase().split(/[\/\s]/)[0] ?? '';
}

function normalisePattern(value: string): string {
  const pattern = value.startsWith('/') || value.startsWith('*') ? value : `/${value}`;
  return normaliseForMatch(pattern).replace(/\*{2,}/g, '*');
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * RFC 9309 §2.2.2: compare paths percent-encoded, with escapes of unreserved characters decoded,
 * so `Disallow: /أخبار/` written in UTF-8 matches `/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/`.
 */
export function normaliseForMatch(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === '%' && /^[0-9a-fA-F]{2}$/.test(path.slice(i + 1, i + 3))) {
      const decoded = String.fromCharCode(parseInt(path.slice(i + 1, i + 3), 16));
      out += UNRESERVED.test(decoded) ? decoded : `%${path.slice(i + 1, i + 3).toUpperCase()}`;
      i += 2;
    } else if (char.charCodeAt(0) > 0x7e || char === ' ') {
      const codePoint = String.fromCodePoint(path.codePointAt(i) ?? 0xfffd);
      out += encodeLenient(codePoint);
      i += codePoint.length - 1;
    } else {
      out += char;
    }
  }
  return out;
}

/** A lone surrogate cannot be UTF-8 encoded; it stands for U+FFFD as a decoder would read it. */
function encodeLenient(codePoint: string): string {
  try { return encodeURIComponent(codePoint); } catch { return encodeURIComponent('\ufffd'); }
}

/**
 * Wildcard match without regular expressions: a pattern with many `*` cannot make matching
 * exponential. Without a final `$` the pattern is a prefix.
 */
function matchesPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const glob = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let p = 0;
  let s = 0;
  let star = -1;
  let resumeAt = 0;
  while (s < path.length) {
    if (p < glob.length && glob[p] === '*') { star = p++; resumeAt = s; }
    else if (p < glob.length && glob[p] === path[s]) { p++; s++; }
    else if (star !== -1) { p = star + 1; s = ++resumeAt; }
    else return false;
  }
  while (p < glob.length && glob[p] === '*') p++;
  return p === glob.length;
}
