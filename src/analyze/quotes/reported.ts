// Reported speech after a speech verb: an indirect quote (وقال إن اللقاء…) runs from أن / إن to
// the end of its clause; words after a colon with no quote marks (وأضافت: لا يخفى…) are a direct
// quote that runs to the end of the paragraph. The window between a verb and its أن is bounded.
import type { TextUnits, Token } from './text-units.ts';
import { countWords } from './text-units.ts';
import type { Cue } from './cues.ts';
import type { QuoteDraft } from './direct.ts';
import { MIN_QUOTE_WORDS } from './direct.ts';
import { readSpeechVerb, isComplementizer, isClauseBreaker, isNonReportingBefore } from './lexicon.ts';
import { QUOTE_MARK_BY_CHAR } from './quote-marks.ts';

/** Tokens between a speech verb (or its subject) and the أن that opens its clause. */
const MAX_WINDOW = 30;
/** An indirect quote has at least this many words after أن. */
const MIN_INDIRECT_WORDS = 2;
/** How far after a speech verb its own أن may come, for the verb to start a new clause. */
const NEW_CLAUSE_REACH = 8;
const MIN_UNMARKED_WORDS = 4;
const MAX_CLAUSE_TOKENS = 150;
const COLONS = new Set([':', '：']);
const COMMAS = new Set(['،', ',']);
const DASHES = new Set(['-', '–', '—']);
const CONJUNCTIONS_APART = new Set(['فيما', 'بينما', 'كما', 'ثم']);
// إلى / على with a noun right after the verb: أشار إلى الدور، أكد على أهمية (folded spellings).
const OBJECT_PREPOSITIONS = new Set(['الي', 'علي']);
const SENTENCE_ENDERS = new Set(['.', '!', '?', '؟', '۔']);

export function findReportedSpeech(units: TextUnits, cues: readonly Cue[], direct: readonly QuoteDraft[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const directByStartToken = new Map<number, QuoteDraft>();
  for (const quote of direct) directByStartToken.set(quote.anchorToken, quote);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    const opening = findClauseOpening(units, cue, directByStartToken);
    if (!opening) continue;
    if (opening.kind === 'colon') {
      const quote = unmarkedQuote(units, opening.token, c);
      if (quote) drafts.push(quote);
      continue;
    }
    if (cue.reading.use !== 'reports') continue;
    const quote = indirectQuote(units, opening.token, c, directByStartToken);
    if (quote) drafts.push(quote);
  }
  return drafts;
}

interface ClauseOpening {
  kind: 'complementizer' | 'colon';
  token: number;
}

function findClauseOpening(units: TextUnits, cue: Cue, direct: ReadonlyMap<number, QuoteDraft>): ClauseOpening | undefined {
  const { tokens } = units;
  const end = Math.min(units.sentences[cue.sentence].endToken, cue.afterSubject + MAX_WINDOW);
  for (let j = cue.afterSubject; j < end; j++) {
    const token = tokens[j];
    if (direct.has(j)) return undefined;
    if (COLONS.has(token.text)) {
      const next = tokens[j + 1];
      if (next && isComplementizer(next.fold)) return { kind: 'complementizer', token: j + 1 };
      return { kind: 'colon', token: j };
    }
    // A dash set off by a space opens an aside ("…اجتازها -إن وجدت-"); "3-1" does not.
    if (DASHES.has(token.text) && (/\s/u.test(units.text[token.start - 1] ?? ' ') || /\s/u.test(units.text[token.end] ?? ' '))) return undefined;
    if (token.kind !== 'word') continue;
    if (isComplementizer(token.fold)) {
      // "بعد أن", "دون أن", "علما بأن": not the report's clause.
      if (j > 0 && isNonReportingBefore(tokens[j - 1].fold)) continue;
      // "قال بايبر إن: هدم…": the complementizer is part of a direct quote after the colon.
      if (COLONS.has(tokens[j + 1]?.text ?? '')) return { kind: 'colon', token: j + 1 };
      return { kind: 'complementizer', token: j };
    }
    if (j > cue.token && readSpeechVerb(token.fold)) return undefined;
    if (isClauseBreaker(token.fold)) return undefined;
    // "أكد على أهمية…", "أشار إلى الدور…", "أعلنت عن ترحيب…": right after the verb (or its
    // subject), a preposition with a noun means the verb took an object, not a clause.
    if (j === cue.afterSubject && OBJECT_PREPOSITIONS.has(token.fold) && !isComplementizer(nextWord(tokens, j)?.fold ?? '')
      && !prepositionWithClauseAhead(tokens, j, end)) return undefined;
  }
  return undefined;
}

/** "وشدد المسؤولون على الفعالية … على أن…": the same preposition comes back with its أن. */
function prepositionWithClauseAhead(tokens: Token[], j: number, end: number): boolean {
  for (let k = j + 1; k + 1 < end; k++) {
    if (tokens[k].fold === tokens[j].fold && isComplementizer(tokens[k + 1].fold)) return true;
  }
  return false;
}

function nextWord(tokens: Token[], j: number): Token | undefined {
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) if (tokens[k].kind === 'word') return tokens[k];
  return undefined;
}

function indirectQuote(units: TextUnits, complementizer: number, cue: number, direct: ReadonlyMap<number, QuoteDraft>): QuoteDraft | undefined {
  const { tokens } = units;
  const sentence = units.sentences[tokens[complementizer].sentence];
  let last = complementizer;
  // A clause longer than this is a run-on text, not one report: it ends there.
  const limit = Math.min(sentence.endToken, complementizer + 1 + MAX_CLAUSE_TOKENS);
  for (let j = complementizer + 1; j < limit; j++) {
    const token = tokens[j];
    const quote = direct.get(j);
    if (quote) {
      const wordsSoFar = countWords(units, tokens[complementizer].start, token.start);
      // أن “…”: the quote is the whole content; the report adds nothing of its own.
      if (wordsSoFar <= 2) return undefined;
      // "أن الاعتقالات…: «تطال…»" or a quote that ends the sentence: the report stops before it.
      if (COLONS.has(tokens[j - 1].text)) break;
      last = lastTokenWithin(units, quote.end, j);
      j = last;
      continue;
    }
    if (SENTENCE_ENDERS.has(token.text)) break;
    if (startsNewAttribution(tokens, j, sentence.endToken)) break;
    if (COMMAS.has(token.text) && (startsNewAttribution(tokens, j + 1, sentence.endToken) || isConjoinedReport(tokens[j + 1]))) break;
    last = j;
  }
  while (last > complementizer && tokens[last].kind === 'punct' && !isClosingMark(tokens[last].text)) last--;
  const start = tokens[complementizer].start;
  const end = tokens[last].end;
  if (countWords(units, start, end) < MIN_INDIRECT_WORDS + 1) return undefined;
  return { start, end, direct: false, cue, anchorToken: complementizer };
}

const CLOSING_MARKS = new Set(['”', '»', '"', ')', '›']);
const isClosingMark = (text: string): boolean => CLOSING_MARKS.has(text);

/**
 * A speech verb that opens its own clause ends the current report: any speech participle
 * ("، مضيفا أن…", "، داعيا الغرف إلى…"), or a verb written with و / ف that has its own أن, colon
 * or quote within reach ("، وأضاف المسؤول … أن").
 */
function startsNewAttribution(tokens: Token[], j: number, sentenceEnd: number): boolean {
  const token = tokens[j];
  if (!token || token.kind !== 'word') return false;
  const reading = readSpeechVerb(token.fold);
  if (!reading) return false;
  if (reading.form === 'participle') return true;
  // "، فيما أكد مدير عام شالكه…": a conjunction written apart works like و.
  const conjoined = reading.prefix !== '' || CONJUNCTIONS_APART.has(tokens[j - 1]?.fold ?? '');
  if (!conjoined || reading.use !== 'reports') return false;
  for (let k = j + 1; k < Math.min(sentenceEnd, j + 1 + NEW_CLAUSE_REACH); k++) {
    const next = tokens[k];
    if (isComplementizer(next.fold)) return !isNonReportingBefore(tokens[k - 1].fold);
    if (COLONS.has(next.text) || QUOTE_MARK_BY_CHAR.has(next.text)) return true;
  }
  return false;
}

/** "، وقالت باور للصحفيين…": after a comma, a speech verb with و starts the next report. */
function isConjoinedReport(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const reading = readSpeechVerb(token.fold);
  return reading !== undefined && reading.use === 'reports' && reading.prefix === 'و' && reading.form === 'past';
}

/** Index of the last token that ends at or before `offset`, searching from `from`. */
function lastTokenWithin(units: TextUnits, offset: number, from: number): number {
  let k = from;
  while (k + 1 < units.tokens.length && units.tokens[k + 1].end <= offset) k++;
  return k;
}

/** Words after a colon with no quote mark: a direct quote to the end of the paragraph (or the next paragraph, when the colon ends one). */
function unmarkedQuote(units: TextUnits, colon: number, cue: number): QuoteDraft | undefined {
  const { tokens } = units;
  const first = colon + 1;
  if (first >= tokens.length) return undefined;
  const paragraph = units.paragraphs[tokens[first].paragraph];
  if (tokens[first].kind === 'punct') return undefined;
  const start = tokens[first].start;
  const end = paragraph.end;
  if (countWords(units, start, end) < Math.max(MIN_UNMARKED_WORDS, MIN_QUOTE_WORDS)) return undefined;
  return { start, end: trimEnd(units.text, start, end), direct: true, cue, anchorToken: first };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.،,:؛]/u.test(text[e - 1])) e--;
  return e;
}
