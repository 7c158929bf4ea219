// The links an article keeps: http(s) only. A javascript:, data:, vbscript: or file: value in a
// page's metadata or a record's url field is dropped with a warning. The reader never makes it a
// link, but the API, the exports and the JSON-LD would hand it on to whoever reads them.
import type { Diagnostic } from '../core/types.ts';

const LINK_FIELDS = ['url', 'canonicalUrl', 'image'] as const;

/** A scheme test, not a URL parse: every article passes here, and canonicalizeUrl parses its URL once anyway. */
const WEB_SCHEME = /^\s*https?:\/\//i;

function isWebLink(value: string): boolean {
  return WEB_SCHEME.test(value);
}

export interface Links {
  url?: string;
  canonicalUrl?: string;
  image?: string;
}

/** The links that are http(s) URLs, and a diagnostic for each one dropped. */
export function webLinks(links: Links): Links & { dropped: Diagnostic[] } {
  const kept: Links = {};
  const dropped: Diagnostic[] = [];
  for (const field of LINK_FIELDS) {
    const value = links[field];
    if (value === undefined || value === '') continue;
    if (isWebLink(value)) kept[field] = value;
    else dropped.push({ code: 'extract.unsafe_link', severity: 'warning', stage: 'extract',
      message: `${field} dropped: not an http(s) URL (${JSON.stringify(value.slice(0, 40))})` });
  }
  return { ...kept, dropped };
}
