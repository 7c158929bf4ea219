// Index and query terms: segment → fold → clitics → light stem, one term per word or number.
// Offsets point into the text given (display text), so a hit can be highlighted where the outlet
// wrote it, even though the term itself is folded.
import { SegmentScanner } from './segment.ts';
import { foldRangeForSearch } from './profiles.ts';
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

export interface TermAnalyzerOptions {
  /** Leave function words (isStopWord) out of the terms. */
  dropStopWords?: boolean;
}

/**
 * searchTerms with options. It keeps no memo of words seen: measured on SaudiNewsNet, looking a
 * surface word up in a Map (slice + hash) cost as much as folding and stemming it again.
 */
export class TermAnalyzer {
  private readonly dropStopWords: boolean;

  constructor(options: TermAnalyzerOptions = {}) {
    this.dropStopWords = options.dropStopWords ?? false;
  }

  terms(text: string): Term[] {
    if (!this.dropStopWords) return searchTerms(text);
    const terms: Term[] = [];
    const scanner = new SegmentScanner(text);
    while (scanner.next()) {
      const kind = scanner.kind;
      if (kind !== 'word' && kind !== 'number') continue;
      const folded = foldRangeForSearch(text, scanner.start, scanner.end);
      if (kind === 'word' && isStopWord(folded)) continue;
      const term = keyOfFolded(folded, kind === 'number');
      if (term !== '') terms.push({ term, start: scanner.start, end: scanner.end });
    }
    return terms;
  }
}
