// Direct quotes: the words between quote marks, when someone says them. A quoted phrase is a
// quote if a speech verb introduces it (before it in its sentence, or right after it), or if it
// is long enough (MIN_UNCUED_WORDS) to be speech on its own. Short quoted names and titles are not
// quotes: "ندوة بعنوان «…»", "تصريحات نقلتها «سكاي نيوز العربية» أن…".
import type { TextUnits } from './text-units.ts';
import { countWords, isWordLike } from './text-units.ts';
import type { MarkScan, MarkedSpan } from './marks.ts';
import type { Cue } from './cues.ts';
import { isTitleNoun, isLabelNoun, isScriptureCue, isComplementizer, readSpeechVerb } from './lexicon.ts';

export interface QuoteDraft {
  start: number;
  end: number;
  direct: boolean;
  /** Index into the cue list of the verb that introduces the quote. */
  cue?: number;
  /** A verse cited after قال تعالى: God speaks. */
  scripture?: boolean;
  /** Token where the quote's attribution is decided (for speaker continuation order). */
  anchorToken: number;
}

/** Fewer words than this between marks is a term, a name or a title, not a quote. */
export const MIN_QUOTE_WORDS = 3;
/** A quote with no speech verb near it must be at least this long. */
const MIN_UNCUED_WORDS = 8;
/** A short quoted phrase followed by أن is the name of a source: "نقلتها «سكاي نيوز العربية» أن". */
const MAX_SOURCE_NAME_WORDS = 5;
const PREPOSITION_PREFIXES = new Set(['ب', 'ل', 'وب', 'ول']);
const COLONS = new Set([':', '：']);
const AFTER_QUOTE_SEPARATORS = new Set(['،', ',', '-', '–']);
/** A quote recovered from a lone closing mark is at most this many tokens long. */
const MAX_RECOVERED_TOKENS = 200;

export function findDirectQuotes(units: TextUnits, scan: MarkScan, cues: readonly Cue[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const span of scan.spans) {
    if (span.contentEnd <= span.contentStart) continue;
    const words = countWords(units, span.contentStart, span.contentEnd);
    if (words < MIN_QUOTE_WORDS) continue;
    if (isLabelled(units, span.openToken)) continue;
    const before = tokenBeforeMark(units, span.openToken);
    if (words <= MAX_SOURCE_NAME_WORDS && span.closeToken !== undefined && isComplementizer(units.tokens[span.closeToken + 1]?.fold ?? '')) continue;
    const scripture = before >= 0 && isScriptureCue(units.tokens[before].fold);
    const cue = scripture ? undefined : cueBefore(units, cues, span.openToken) ?? cueAfter(units, cues, span);
    // With no verb to introduce it, only a long, properly closed quote is speech.
    if (!scripture && cue === undefined && (words < MIN_UNCUED_WORDS || !span.closed || span.depth > 0)) continue;
    drafts.push({ start: span.contentStart, end: span.contentEnd, direct: true, cue, scripture, anchorToken: span.openToken });
  }
  drafts.push(...findParenthesisedVerses(units));
  drafts.push(...recoverMissingOpeners(units, scan, cues));
  return withoutNested(drafts);
}

/** "ندوة بعنوان: «…»", "صحيفة «…»": the quoted words are a title or a name. */
function isLabelled(units: TextUnits, openToken: number): boolean {
  let b = openToken - 1;
  const paragraph = units.tokens[openToken].paragraph;
  const acrossColon = b >= 0 && COLONS.has(units.tokens[b].text);
  if (acrossColon) b--;
  if (b >= 0 && PREPOSITION_PREFIXES.has(units.tokens[b].fold)) b--;
  if (b < 0 || units.tokens[b].paragraph !== paragraph || units.tokens[b].kind !== 'word') return false;
  const fold = units.tokens[b].fold;
  return acrossColon ? isLabelNoun(fold) : isTitleNoun(fold) || isLabelNoun(fold);
}

/** The word before a quote mark, skipping a colon and a preposition written apart (بـ«…»). */
function tokenBeforeMark(units: TextUnits, openToken: number): number {
  let b = openToken - 1;
  const paragraph = units.tokens[openToken].paragraph;
  if (b >= 0 && COLONS.has(units.tokens[b].text)) b--;
  if (b >= 0 && PREPOSITION_PREFIXES.has(units.tokens[b].fold)) b--;
  return b >= 0 && units.tokens[b].paragraph === paragraph && units.tokens[b].kind === 'word' ? b : -1;
}

/** The last speech verb before the mark in its sentence; at a paragraph's start, the verb before a colon that ended the paragraph above. */
function cueBefore(units: TextUnits, cues: readonly Cue[], openToken: number): number | undefined {
  const sentence = units.tokens[openToken].sentence;
  const last = lastCueBefore(cues, openToken);
  if (last >= 0 && cues[last].sentence === sentence) return last;
  const paragraph = units.paragraphs[units.tokens[openToken].paragraph];
  const previous = openToken - 1;
  if (paragraph.firstToken === openToken && previous >= 0 && COLONS.has(units.tokens[previous].text)
    && last >= 0 && cues[last].sentence === units.tokens[previous].sentence) return last;
  return undefined;
}

/** “…”، قال فلان: a speech verb right after the closing mark. */
function cueAfter(units: TextUnits, cues: readonly Cue[], span: MarkedSpan): number | undefined {
  if (span.closeToken === undefined) return undefined;
  let k = span.closeToken + 1;
  while (k < units.tokens.length && AFTER_QUOTE_SEPARATORS.has(units.tokens[k].text)) k++;
  const token = units.tokens[k];
  if (!token || token.paragraph !== span.paragraph || !readSpeechVerb(token.fold)) return undefined;
  const index = lastCueBefore(cues, k + 1);
  return index >= 0 && cues[index].token === k ? index : undefined;
}

/** Index of the last cue whose verb comes before token `limit`, or -1. */
export function lastCueBefore(cues: readonly Cue[], limit: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cues[mid].token < limit) low = mid + 1; else high = mid;
  }
  return low - 1;
}

/** قال تعالى: (…) — a verse in plain parentheses right after a scripture cue. */
function findParenthesisedVerses(units: TextUnits): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const { tokens } = units;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 1]?.text === '(' || tokens[i - 1]?.text === '(') continue;
    const before = tokenBeforeMark(units, i);
    if (before < 0 || !isScriptureCue(tokens[before].fold)) continue;
    const paragraph = units.paragraphs[tokens[i].paragraph];
    let close = i + 1;
    while (close < paragraph.endToken && tokens[close].text !== ')') close++;
    if (close >= paragraph.endToken || close - i - 1 < MIN_QUOTE_WORDS) continue;
    drafts.push({ start: tokens[i + 1].start, end: tokens[close - 1].end, direct: true, scripture: true, anchorToken: i });
  }
  return drafts;
}

/**
 * وقال المدير "الخضر لصور" سقط ألف قتيل…": a closing mark with no opening mark. When a speech
 * verb with a subject precedes it in the sentence, the quote runs from the end of the subject.
 */
function recoverMissingOpeners(units: TextUnits, scan: MarkScan, cues: readonly Cue[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const closer of scan.strayClosers) {
    const index = lastCueBefore(cues, closer);
    if (index < 0) continue;
    const cue = cues[index];
    if (cue.sentence !== units.tokens[closer].sentence || closer - cue.afterSubject > MAX_RECOVERED_TOKENS) continue;
    let first = cue.afterSubject;
    while (first < closer && !isWordLike(units.tokens[first])) first++;
    if (first >= closer) continue;
    const start = units.tokens[first].start;
    const end = units.tokens[closer - 1].end;
    if (overlapsQuote(units, scan, start, end)) continue;
    if (countWords(units, start, end) < MIN_UNCUED_WORDS) continue;
    drafts.push({ start, end, direct: true, cue: index, anchorToken: first });
  }
  return drafts;
}

/** True when a quote of MIN_QUOTE_WORDS or more between marks overlaps [start, end). Spans are sorted by openStart. */
function overlapsQuote(units: TextUnits, scan: MarkScan, start: number, end: number): boolean {
  const { spans } = scan;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].openStart < end) low = mid + 1; else high = mid;
  }
  // Spans opening before `end`, nearest first; nesting is shallow, so a few steps back suffice.
  for (let i = low - 1; i >= 0 && i >= low - 4; i--) {
    const span = spans[i];
    if (span.closeEnd > start && countWords(units, span.contentStart, span.contentEnd) >= MIN_QUOTE_WORDS) return true;
  }
  return false;
}

/** Drops a quote that lies inside another one (a quote within a quote belongs to its speaker). */
function withoutNested(drafts: QuoteDraft[]): QuoteDraft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteDraft[] = [];
  let outerEnd = -1;
  for (const draft of drafts) {
    if (draft.end <= outerEnd) continue;
    kept.push(draft);
    outerEnd = Math.max(outerEnd, draft.end);
  }
  return kept;
}
