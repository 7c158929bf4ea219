// Who said what: direct quotes between marks, direct speech after a colon, and indirect speech
// after a speech verb, each with the speaker the article names for it. Pure function over the
// display text; offsets are UTF-16 indices into it.
//
// Order matters: marks are paired first (a verb whose clause is a quote does not also report an
// indirect clause), then reported speech, then speakers are resolved in text order, because a verb
// with no subject continues the speaker before it.
import type { EntityMention, Quote, Speaker } from '../../core/types.ts';
import { buildTextUnits, countWords, type TextUnits } from './text-units.ts';
import { scanQuoteMarks, type MarkScan } from './marks.ts';
import { findCues, type Cue } from './cues.ts';
import { findDirectQuotes, MIN_QUOTE_WORDS, type QuoteDraft } from './direct.ts';
import { findReportedSpeech } from './reported.ts';
import { readSubjectAfter } from './subject.ts';
import { NameRegistry } from './names.ts';
import { SpeakerResolver, type SpeakerRecord } from './speakers.ts';
import { SCRIPTURE_SPEAKER } from './speech-verbs.ts';
import { isSubordinator, isSubjectStop, isClausePreposition } from './lexicon.ts';

export interface FindQuotesOptions {
  /** Entity mentions over the same text (from the entity recogniser): speakers take their ids. */
  entities?: EntityMention[];
  /** The article's title: names it gives help complete names in the text. */
  title?: string;
}

// Lemmas that are also common non-speech words (بين "between", كتب "books", تابع "followed"):
// they only count as speakers' verbs when a quote comes with them.
const AMBIGUOUS_LEMMAS = new Set(['بين', 'كتب', 'تابع', 'علق', 'ذكر', 'رأى']);

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const units = buildTextUnits(text);
  if (units.tokens.length === 0) return [];
  const titleUnits = options.title ? buildTextUnits(options.title) : undefined;
  const registry = NameRegistry.fromArticle(units, titleUnits);
  const marks = scanQuoteMarks(units);
  // A speech verb inside a quote belongs to the quote ("…اشادت بدعم…"), not to the article.
  const cues = findCues(units).filter((cue) => !insideQuotedWords(units, marks, cue.token));
  const direct = findDirectQuotes(units, marks, cues);
  const reported = findReportedSpeech(units, cues, direct);
  // Speech verbs inside a direct quote (also one after a colon) belong to that quote.
  const directSpans = [...direct, ...reported.filter((draft) => draft.direct)].sort((a, b) => a.start - b.start);
  const spoken = new Set(cues.filter((cue) => !within(directSpans, units.tokens[cue.token].start)));
  const drafts = [...direct, ...reported.filter((draft) => draft.cue === undefined || spoken.has(cues[draft.cue]))]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // A speech verb inside someone's indirect quote ("أن ذلك يعتبر واجبا") is part of what they said,
  // not a new speaker. Which reports have a speaker is known only after resolving, so resolve
  // once, drop the verbs inside attributed reports, and resolve again.
  const firstPass = resolveSpeakers(units, cues, drafts, new SpeakerResolver(units, NameRegistry.fromArticle(units, titleUnits), options.entities), spoken);
  const attributedReports = drafts.filter((draft, index) => !draft.direct && firstPass.has(index)).sort((a, b) => a.start - b.start);
  for (const cue of [...spoken]) if (within(attributedReports, units.tokens[cue.token].start)) spoken.delete(cue);
  const speakers = resolveSpeakers(units, cues, drafts, new SpeakerResolver(units, registry, options.entities), spoken);
  const quotes = drafts.map((draft, index) => toQuote(units, draft, cues, speakers.get(index)));
  return withoutRedundant(quotes);
}

/** True when `offset` lies inside one of the (start-sorted) spans. */
function within(spans: readonly { start: number; end: number }[], offset: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= offset) low = mid + 1; else high = mid;
  }
  for (let i = low - 1; i >= 0 && i >= low - 4; i--) if (spans[i].start <= offset && offset < spans[i].end) return true;
  return false;
}

/**
 * Drops an indirect quote nobody says ("يتوقع أن…" with no subject is "it is expected that"),
 * an indirect quote inside another quote ("إن واشنطن تشعر بقلق إزاء تقارير تفيد بأن…" is one
 * report), and exact duplicates. A direct quote inside an indirect one stays: it is its own quote.
 */
function withoutRedundant(quotes: Quote[]): Quote[] {
  // Sorted by start, longest first, so a containing quote is always seen before what it contains.
  const attributed = quotes.filter((quote) => quote.direct || quote.speaker !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quote[] = [];
  let reach = -1;
  for (const quote of attributed) {
    const previous = kept[kept.length - 1];
    if (previous && previous.start === quote.start && previous.end === quote.end) continue;
    if (!quote.direct && quote.end <= reach) continue;
    kept.push(quote);
    reach = Math.max(reach, quote.end);
  }
  return kept;
}

function toQuote(units: TextUnits, draft: QuoteDraft, cues: readonly Cue[], speaker: Speaker | undefined): Quote {
  const quote: Quote = { text: units.text.slice(draft.start, draft.end), start: draft.start, end: draft.end, direct: draft.direct };
  if (draft.cue !== undefined) quote.cue = units.tokens[cues[draft.cue].token].text;
  if (speaker) quote.speaker = speaker;
  return quote;
}

/** Walks cues and quotes in text order, resolving each cue's speaker; returns speakers by draft index. */
function resolveSpeakers(
  units: TextUnits, cues: readonly Cue[], drafts: readonly QuoteDraft[], resolver: SpeakerResolver, spoken: ReadonlySet<Cue>,
): Map<number, Speaker> {
  const draftsByCue = new Map<number, number[]>();
  const uncued: number[] = [];
  drafts.forEach((draft, index) => {
    if (draft.cue === undefined) { uncued.push(index); return; }
    const list = draftsByCue.get(draft.cue) ?? [];
    list.push(index);
    draftsByCue.set(draft.cue, list);
  });
  const events = [
    ...cues.map((cue, index) => ({ token: cue.token, cue: index })),
    ...uncued.map((draft) => ({ token: drafts[draft].anchorToken, draft })),
  ].sort((a, b) => a.token - b.token);

  const speakers = new Map<number, Speaker>();
  for (const event of events) {
    if ('draft' in event && event.draft !== undefined) {
      const speaker = uncuedSpeaker(units, drafts[event.draft], resolver);
      if (speaker) speakers.set(event.draft, speaker);
      continue;
    }
    const cueIndex = (event as { cue: number }).cue;
    const cue = cues[cueIndex];
    if (!spoken.has(cue)) continue;
    const quoted = draftsByCue.get(cueIndex) ?? [];
    const record = cueSpeaker(units, cue, resolver);
    if (!record) continue;
    const plural = cue.reading.number === 'plural';
    // A verb that quotes nothing still tells who is speaking ("وأعلنت ويليامز عن ترحيب…").
    const named = cue.subject !== undefined && !AMBIGUOUS_LEMMAS.has(cue.reading.lemma);
    if (quoted.length > 0 || named) resolver.remember(record, cue.sentence, cue.reading.gender, plural);
    for (const draft of quoted) speakers.set(draft, record.speaker);
  }
  return speakers;
}

function cueSpeaker(units: TextUnits, cue: Cue, resolver: SpeakerResolver): SpeakerRecord | undefined {
  const { gender, number, form } = cue.reading;
  const plural = number === 'plural';
  if (cue.subject) return resolver.fromSubject(cue.subject, gender, plural);
  // "عندما قال…": a verb in a subordinate clause speaks for the main clause's subject.
  if (form === 'participle' || isSubordinator(units.tokens[cue.token - 1]?.fold ?? '')) {
    // "…، مؤكدا أن…": the participle's speaker is the subject of its sentence.
    return resolver.inSentence(cue.sentence) ?? sentenceSubject(units, cue, resolver) ?? resolver.continuing(cue.sentence, gender, plural);
  }
  // "ونشرت مجلة التايم حوارا…، اعتبرته من «…»": a verb with no و after a comma keeps the
  // sentence's subject; a verb with و opens a new clause and continues the last speaker.
  if (cue.reading.prefix === '' && cue.reading.form === 'past') {
    return sentenceSubject(units, cue, resolver) ?? resolver.continuing(cue.sentence, gender, plural);
  }
  return resolver.continuing(cue.sentence, gender, plural);
}

/** "ورحب السراج بالوفد… معتبرا أن…": the subject after the verb that opens the sentence. */
function sentenceSubject(units: TextUnits, cue: Cue, resolver: SpeakerResolver): SpeakerRecord | undefined {
  const sentence = units.sentences[cue.sentence];
  let verb = sentence.firstToken;
  // "ثم عزز مدرب سان جرمان…", "كما أكد…": particles before the opening verb.
  while (verb < cue.token && verb - sentence.firstToken < 2 && SENTENCE_OPENERS.has(units.tokens[verb].fold)) verb++;
  if (verb >= cue.token || units.tokens[verb].kind !== 'word') return undefined;
  // "وعن موعد انطلاق المعرض، أوضح…": the sentence opens with a preposition, not a verb.
  const opener = units.tokens[verb].fold.replace(/^[وف]/u, '');
  if (isSubjectStop(opener) || isClausePreposition(opener)) return undefined;
  const subject = readSubjectAfter(units, verb, cue.token);
  if (!subject) return undefined;
  return resolver.fromSubject(subject, cue.reading.gender, cue.reading.number === 'plural');
}

const SENTENCE_OPENERS = new Set(['ثم', 'كما', 'وقد', 'قد', 'فقد', 'لكن', 'ولكن', 'وكان', 'كان', 'حيث']);

function uncuedSpeaker(units: TextUnits, draft: QuoteDraft, resolver: SpeakerResolver): Speaker | undefined {
  if (draft.scripture) return { text: SCRIPTURE_SPEAKER, canonical: SCRIPTURE_SPEAKER };
  const sentence = units.tokens[draft.anchorToken].sentence;
  return resolver.continuing(sentence, undefined, false)?.speaker;
}

/** True when the token lies between the marks of a quote of at least MIN_QUOTE_WORDS words. */
function insideQuotedWords(units: TextUnits, marks: MarkScan, token: number): boolean {
  const offset = units.tokens[token].start;
  const { spans } = marks;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].openStart <= offset) low = mid + 1; else high = mid;
  }
  // Spans are sorted by where they open; nesting is shallow, so a few steps back suffice.
  for (let i = low - 1; i >= 0 && i >= low - 4; i--) {
    const span = spans[i];
    if (span.contentStart <= offset && offset < span.contentEnd && countWords(units, span.contentStart, span.contentEnd) >= MIN_QUOTE_WORDS) return true;
  }
  return false;
}
