// Snippets cut from display text: the window of words that holds the most distinct query keys,
// with each hit wrapped in <mark>. The text around the marks is HTML-escaped, so a snippet is safe
// to put in a page as it is, and a program can strip the two tags to get plain text.
import { HitFinder, type HitWords } from './hit-words.ts';

export const SNIPPET_WORDS = 30;
/** Only the start of a long article is scanned: a snippet from its first few thousand characters is enough, and the scan is most of a search page's work. */
const MAX_SCAN_CHARS = 8_000;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

function bestWindow(words: HitWords, size: number): number {
  const keyOf = words.key;
  let best = 0;
  let bestScore = -1;
  const counts = new Map<string, number>();
  let distinct = 0;
  let hits = 0;
  for (let i = 0; i < keyOf.length; i++) {
    const key = keyOf[i];
    if (key !== undefined) {
      hits++;
      const c = (counts.get(key) ?? 0) + 1;
      counts.set(key, c);
      if (c === 1) distinct++;
    }
    const leaving = i - size;
    const left = leaving >= 0 ? keyOf[leaving] : undefined;
    if (left !== undefined) {
      hits--;
      const c = counts.get(left)! - 1;
      counts.set(left, c);
      if (c === 0) distinct--;
    }
    // Distinct keys first, then how many hits; a window starting a few words before the first hit reads better.
    const score = distinct * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = Math.max(0, i - size + 1);
    }
  }
  if (bestScore <= 0) return 0;
  // Move the window so the first hit is not its very first word, when there is room.
  let firstHit = best;
  while (firstHit < keyOf.length && keyOf[firstHit] === undefined) firstHit++;
  return Math.max(0, Math.min(best, firstHit - 3));
}

/** Snippets for the hits of one answer: the keys are looked at once, not once per hit. */
export function snippetMaker(keys: ReadonlySet<string>, words = SNIPPET_WORDS): (text: string) => string {
  const finder = new HitFinder(keys);
  return (text) => snippetOf(text, finder, words);
}

export function makeSnippet(text: string, keys: ReadonlySet<string>, words = SNIPPET_WORDS): string {
  return snippetOf(text, new HitFinder(keys), words);
}

function snippetOf(text: string, finder: HitFinder, words: number): string {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const found = finder.words(scanned, words);
  const count = found.key.length;
  if (count === 0) return escapeHtml(scanned.slice(0, 200));
  const start = bestWindow(found, words);
  const end = Math.min(count, start + words);
  let out = start > 0 ? '…' : '';
  let cursor = found.start[start];
  for (let i = start; i < end; i++) {
    if (found.key[i] === undefined) continue;
    out += escapeHtml(scanned.slice(cursor, found.start[i]));
    out += `<mark>${escapeHtml(scanned.slice(found.start[i], found.end[i]))}</mark>`;
    cursor = found.end[i];
  }
  out += escapeHtml(scanned.slice(cursor, found.end[end - 1]));
  if (end < count || found.cut || scanned.length < text.length) out += '…';
  return out.replace(/\s*\n+\s*/g, ' ');
}
