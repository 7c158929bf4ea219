// The headline: structured sources first (og:title, JSON-LD headline, twitter:title), then the
// page's <h1>, then <title>; the outlet's name is cut from whichever is used.

import { collapseWhitespace } from '../dom.ts';

/** Separators between headline and site name in <title>: "Headline | Site", "Site - Headline". */
const TITLE_SEPARATORS = /\s+[|\-–—»«·•]\s+|\s*\|\s*|\s+::\s+/;
const MIN_TITLE_PART = 10;

export interface TitleSources {
  og?: string;
  jsonLd?: string;
  twitter?: string;
  h1s: string[];
  htmlTitle?: string;
  siteName?: string;
  /** `lastampa` for www.lastampa.it: an end part of the title spelling the host is the site. */
  hostLabel?: string;
}

export function chooseTitle(sources: TitleSources): string | undefined {
  const h1 = headlineH1(sources);
  const structured = sources.og ?? sources.jsonLd ?? sources.twitter;
  // The page's own <h1> wins when a title source contains it: the title adds a site name or a
  // kicker ("Covid-19: …"), and the <h1> keeps the outlet's typography.
  if (h1 && [structured, sources.htmlTitle].some((t) => t && loose(t).includes(loose(h1)))) return h1;
  if (structured) return stripSiteName(structured, sources.siteName ?? siteFromHost(structured, sources.hostLabel), h1, false);
  if (h1 && sources.h1s.length <= 2) return h1;
  if (sources.htmlTitle) return stripSiteName(sources.htmlTitle, sources.siteName, h1, true);
  return sources.h1s[0];
}

/** The first <h1> that can be a headline: long enough, and not the outlet's name in a logo. */
function headlineH1(sources: TitleSources): string | undefined {
  const site = sources.siteName ? loose(sources.siteName) : undefined;
  const titleParts = sources.htmlTitle ? sources.htmlTitle.split(TITLE_SEPARATORS).map(loose) : [];
  const longestPart = titleParts.reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const h1 of sources.h1s.slice(0, 3)) {
    const l = loose(h1);
    if (h1.length < MIN_H1_LENGTH || l === site) continue;
    // "Site | Headline": an <h1> equal to the shorter part of <title> is the site's name.
    if (titleParts.length > 1 && titleParts.includes(l) && l !== longestPart) continue;
    return h1;
  }
  return undefined;
}

const MIN_H1_LENGTH = 4;

/** The end part of a title that spells the host name ("… - La Stampa" on lastampa.it), if any. */
function siteFromHost(title: string, hostLabel: string | undefined): string | undefined {
  if (!hostLabel || hostLabel.length < 4) return undefined;
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return undefined;
  for (const part of [parts[parts.length - 1], parts[0]]) {
    const letters = part.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (letters.length >= 4 && (letters === hostLabel || hostLabel.includes(letters) || letters.includes(hostLabel))) return part.trim();
  }
  return undefined;
}

/** Case, quotes and dashes folded, for comparing titles written with different typography. */
function loose(text: string): string {
  return collapseWhitespace(text)
    .toLowerCase()
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...');
}

/** `guess`: cut a short end part even when no site name is declared (only for <title>). */
export function stripSiteName(title: string, siteName: string | undefined, h1: string | undefined, guess: boolean): string {
  const clean = collapseWhitespace(title);
  if (h1 && clean !== h1 && clean.includes(h1) && h1.length >= MIN_TITLE_PART) return h1;
  const parts = clean.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return clean;
  const site = siteName ? siteName.toLowerCase() : undefined;
  const notSite = parts.filter((p) => !site || (p.toLowerCase() !== site && !site.includes(p.toLowerCase())));
  if (notSite.length === 0) return clean;
  if (notSite.length === parts.length) {
    if (!guess) return clean;
    // No declared site name: the site is the short end part ("Headline - Outlet").
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first.length >= last.length && first.length >= MIN_TITLE_PART) return clean.slice(0, clean.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '').trim();
    if (last.length > first.length && last.length >= MIN_TITLE_PART) return clean.slice(clean.indexOf(parts[1])).trim();
    return clean;
  }
  // Keep the headline's own separators: rebuild from the first to the last non-site part.
  const start = clean.indexOf(notSite[0]);
  const lastPart = notSite[notSite.length - 1];
  const end = clean.lastIndexOf(lastPart) + lastPart.length;
  return clean.slice(start, end).trim();
}

const TRAILING_SEPARATOR = /[\s|\-–—»«·•]+$/;
