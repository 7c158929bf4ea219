// Index and query terms: segment → fold → clitics → light stem, one term per word or number.
// Offsets point into the text given (display text), so a hit can be highlighted where the outlet
// wrote it, even though the term itself is folded.
import { SegmentScanner } from './segment.ts';
import { foldForSearch } from './profiles.ts';
import { lightStem } from './stem.ts';
import { isStopWord } from './stopwords.ts';

export interface Term {
  term: string;
  start: number;
  end: number;
}

const COMMA = ',';

/** A folded number: ASCII digits, '.' for the decimal point, thousands separators dropped. */
function numberKey(folded: string): string {
  return folded.includes(COMMA) ? folded.split(COMMA).join('') : folded;
}

/** The search term for one word or number (what searchTerms gives for it), '' for neither. */
export function searchKey(word: string): string {
  const folded = foldForSearch(word);
  if (folded === '') return '';
  const first = folded.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 ? numberKey(folded) : lightStem(folded);
}

export function searchTerms(text: string): Term[] {
  return collectTerms(text, keyOfSegment, false);
}

function keyOfSegment(surface: string, isNumber: boolean): string {
  const folded = foldForSearch(surface);
  if (folded === '') return '';
  return isNumber ? numberKey(folded) : lightStem(folded);
}

function collectTerms(text: string, keyOf: (surface: string, isNumber: boolean) => string, dropStopWords: boolean): Term[] {
  const terms: Term[] = [];
  const scanner = new SegmentScanner(text);
  while (scanner.next()) {
    const kind = scanner.kind;
    if (kind !== 'word' && kind !== 'number') continue;
    const surface = text.slice(scanner.start, scanner.end);
    if (dropStopWords && kind === 'word' && isStopWord(foldForSearch(surface))) continue;
    const term = keyOf(surface, kind === 'number');
    if (term !== '') terms.push({ term, start: scanner.start, end: scanner.end });
  }
  return terms;
}

export interface TermAnalyzerOptions {
  /** How many distinct surface words to remember; the oldest is forgotten first. */
  cacheSize?: number;
  /** Leave function words (isStopWord) out of the terms. */
  dropStopWords?: boolean;
}

/**
 * searchTerms with a bounded memo of surface word → term, for ingest, where the same words come
 * back in every article. The cache belongs to the instance: create one per ingest run.
 */
export class TermAnalyzer {
  private readonly cache = new Map<string, string>();
  private readonly cacheSize: number;
  private readonly dropStopWords: boolean;

  constructor(options: TermAnalyzerOptions = {}) {
    this.cacheSize = options.cacheSize ?? 100_000;
    this.dropStopWords = options.dropStopWords ?? false;
  }

  terms(text: string): Term[] {
    return collectTerms(text, (surface, isNumber) => this.key(surface, isNumber), this.dropStopWords);
  }

  private key(surface: string, isNumber: boolean): string {
    const cached = this.cache.get(surface);
    if (cached !== undefined) return cached;
    const term = keyOfSegment(surface, isNumber);
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(surface, term);
    return term;
  }
}
