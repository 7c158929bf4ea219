// Our CSS and JS, read once at start: their text, and a version (a hash of the text) that pages put
// in the asset URLs. A new release changes the hash, so the URL changes with the file, and a
// browser may keep a versioned URL for a year instead of asking again each day.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface StaticAsset {
  name: string;
  contentType: string;
  text: string;
  /** First 10 characters of the text's SHA-1, base64url. */
  version: string;
  /** `/static/NAME?v=VERSION`: the URL pages link to. */
  href: string;
}

const FILES: ReadonlyArray<[string, string]> = [
  ['marsad.css', 'text/css; charset=utf-8'],
  ['marsad.js', 'text/javascript; charset=utf-8'],
];

function load(name: string, contentType: string): StaticAsset {
  const text = readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8');
  const version = hash('sha1', text, 'base64url').slice(0, 10);
  return { name, contentType, text, version, href: `/static/${name}?v=${version}` };
}

/** Served by name only: nothing from a request path ever reaches the file system. */
export const STATIC_ASSETS: ReadonlyMap<string, StaticAsset> = new Map(FILES.map(([name, type]) => [name, load(name, type)]));

export function assetHref(name: 'marsad.css' | 'marsad.js'): string {
  return STATIC_ASSETS.get(name)!.href;
}
