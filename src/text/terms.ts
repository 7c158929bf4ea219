// Index and query terms: segment → fold → clitics → light stem, one term per word or number.
// Offsets point into the text given (display text), so a hit can be highlighted where the outlet
// wrote it, even though the term itself is folded.
import { SegmentScanner } from './segment.ts';
import { foldForSearch, foldRangeForSearch } from './profiles.ts';
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

/**
 * The search term for one word or number: exactly what searchTerms gives for it, so a query
 * built from it meets the index. Punctuation around the word is ignored ('' when there is no word
 * at all); given several words it returns their terms joined by one space.
 */
export function searchKey(word: string): string {
  const terms = searchTerms(word);
  return terms.length === 1 ? terms[0].term : terms.map(({ term }) => term).join(' ');
}

export function searchTerms(text: string): Term[] {
  const terms: Term[] = [];
  const scanner = new SegmentScanner(text);
  while (scanner.next()) {
    const kind = scanner.kind;
    if (kind !== 'word' && kind !== 'number') continue;
    const term = keyOfFolded(foldRangeForSearch(text, scanner.start, scanner.end), kind === 'number');
    if (term !== '') terms.push({ term, start: scanner.start, end: scanner.end });
  }
  return terms;
}

function keyOfFolded(folded: string, isNumber: boolean): string {
  if (folded === '') return '';
  return isNumber ? numberKey(folded) : lightStem(folded);
}

interface AnalyzedWord {
  term: string;
  stop: boolean;
}

export interface TermAnalyzerOptions {
  /** How many distinct surface words to remember; the oldest is forgotten first. */
  cacheSize?: number;
  /** Leave function words (isStopWord) out of the terms. */
  dropStopWords?: boolean;
}

/**
 * searchTerms with a bounded memo of surface word → term, for ingest, where the same words come
 * back in every article. The memo belongs to the instance (create one per ingest run) and holds at
 * most `cacheSize` words in two generations: when the young one fills up, the old one is dropped
 * and the young one becomes old, so words in use survive and the cost per word stays constant.
 */
export class TermAnalyzer {
  private young = new Map<string, AnalyzedWord>();
  private old = new Map<string, AnalyzedWord>();
  private readonly generationSize: number;
  private readonly dropStopWords: boolean;

  constructor(options: TermAnalyzerOptions = {}) {
    this.generationSize = Math.max(1, Math.floor((options.cacheSize ?? 200_000) / 2));
    this.dropStopWords = options.dropStopWords ?? false;
  }

  terms(text: string): Term[] {
    const terms: Term[] = [];
    const scanner = new SegmentScanner(text);
    while (scanner.next()) {
      const kind = scanner.kind;
      if (kind !== 'word' && kind !== 'number') continue;
      const surface = text.slice(scanner.start, scanner.end);
      const { term, stop } = this.key(surface, kind === 'number');
      if (term !== '' && !(stop && this.dropStopWords)) terms.push({ term, start: scanner.start, end: scanner.end });
    }
    return terms;
  }

  private key(surface: string, isNumber: boolean): AnalyzedWord {
    let analyzed = this.young.get(surface);
    if (analyzed !== undefined) return analyzed;
    analyzed = this.old.get(surface);
    if (analyzed === undefined) {
      const folded = foldForSearch(surface);
      analyzed = { term: keyOfFolded(folded, isNumber), stop: !isNumber && isStopWord(folded) };
    }
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(surface, analyzed);
    return analyzed;
  }
}
