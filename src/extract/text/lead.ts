// Between the headline and the body: the standfirst, byline lines, date lines, and the dateline
// that opens the first body paragraph (`طرابلس- دعت …`, `القاهرة (رويترز) - …`).
import type { Diagnostic } from '../../core/types.ts';
import { type Credit, type CreditContext, readCredit } from './credit.ts';
import { isDateLine } from './dates.ts';
import { countWords, matchKey } from './match.ts';

const CREDIT_LINE_MAX_WORDS = 12;
const CREDIT_LINE_MAX_CHARS = 100;
const STANDFIRST_MIN_WORDS = 6;
const STANDFIRST_MAX_WORDS = 50;
const STANDFIRST_MAX_SENTENCES = 2;
const SENTENCE_END = /[.!؟?]+(?:\s|$)/g;
const MAX_LEAD_LINES = 6;
// The dateline is looked for in the first characters of the paragraph only.
const PREFIX_WINDOW_CHARS = 90;
const PREFIX_MAX_WORDS = 9;
const REST_MIN_WORDS = 2;
const GLUED_MAX_WORDS = 2;
// Where a credit prefix may end: a dash (also a lone tatweel) or a colon.
const PREFIX_END = /\s*(?:[-–—]+|(?<=\s)ـ+(?=\s)|:)\s*/g;
// A sentence inside a short line: a word of two letters or more closed by a full stop, or ؟ ! ؛.
const SENTENCE_MARK = /[؟?!؛]|[^\s.]{2}\.(?:\s|$)/;
// A dash standing apart from a word on at least one side, within the next words of the lede.
const ASIDE_CLOSING_DASH = /\s[-–—]+|[-–—]+\s|\sـ+\s/;
const ASIDE_WINDOW_CHARS = 60;
const TRAILING_SEPARATORS = /[\s:\-–—ـ]+$/;

export interface Lead {
  standfirst?: string;
  credits: Credit[];
  /** True when a line equal to the record's author field was dropped from the text. */
  authorLineRemoved: boolean;
  publishedAt?: string;
  /** Index of the first body line. */
  next: number;
  /** The first body line with its dateline removed, when it had one. */
  firstParagraph?: string;
}

/** A whole short line that is a credit: `ماهر الدوسري – عين اليوم`, `الرياض – واس`, `كتب: فلان`. */
export function readCreditLine(line: string, context: CreditContext): Credit | undefined {
  if (line.length > CREDIT_LINE_MAX_CHARS || countWords(line) > CREDIT_LINE_MAX_WORDS || SENTENCE_MARK.test(line)) return undefined;
  return readCredit(line.replace(TRAILING_SEPARATORS, ''), 'line', context);
}

/** A credit at the start of a paragraph, up to a dash or colon, with the paragraph's rest. */
export function readCreditPrefix(paragraph: string, context: CreditContext): { credit: Credit; rest: string } | undefined {
  const window = paragraph.slice(0, PREFIX_WINDOW_CHARS);
  const ends = [...window.matchAll(PREFIX_END)];
  // The longest credit first: `رويترز- بنغازي (ليبيا): …` ends at the colon, not the dash.
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    if (end.index === 0) continue;
    const head = paragraph.slice(0, end.index);
    // A colon closes a credit: nothing after the first one belongs to it.
    if (countWords(head) > PREFIX_MAX_WORDS || SENTENCE_MARK.test(head) || head.includes(':')) continue;
    const rest = paragraph.slice(end.index + end[0].length);
    if (countWords(rest) < REST_MIN_WORDS || opensAside(end[0], rest)) continue;
    const colon = end[0].includes(':');
    const glued = colon ? undefined : readGluedCredit(head, rest, context);
    if (glued) return glued;
    const credit = readCredit(head, 'prefix', context, colon);
    if (credit) return { credit, rest };
  }
  return undefined;
}

/** `عين اليوم – متابعات وقع …`, `فلان – نجران صرح …`: a byline line whose line break was lost.
 *  The words after the dash belong to the credit when they are a known place, desk or agency. */
function readGluedCredit(head: string, rest: string, context: CreditContext): { credit: Credit; rest: string } | undefined {
  const { lexicon } = context;
  const words = rest.split(' ', GLUED_MAX_WORDS + 1);
  for (let take = Math.min(GLUED_MAX_WORDS, words.length - REST_MIN_WORDS); take >= 1; take--) {
    const tail = words.slice(0, take).join(' ');
    const key = matchKey(tail);
    if (!lexicon.places.has(key) && !lexicon.desks.has(key) && !lexicon.isAgency(tail)) continue;
    const credit = readCredit(`${head} – ${tail}`, 'line', context);
    if (credit) return { credit, rest: rest.slice(tail.length).trimStart() };
  }
  return undefined;
}

/** `وصل - بحفظ الله - خادم …`, `غادر -بحفظ الله-`: a dash that opens an aside, not a dateline.
 *  It hangs on the next word (`-بحفظ`), or another dash closes it a few words later. */
function opensAside(separator: string, rest: string): boolean {
  if (separator.includes(':')) return false;
  const hangsOnNextWord = /^\s/.test(separator) && !/\s$/.test(separator);
  return hangsOnNextWord || ASIDE_CLOSING_DASH.test(rest.slice(0, ASIDE_WINDOW_CHARS));
}

function opensWithCredit(line: string | undefined, context: CreditContext): boolean {
  if (line === undefined) return false;
  return readCreditLine(line, context) !== undefined || readCreditPrefix(line, context) !== undefined;
}

function isStandfirstCandidate(line: string, context: CreditContext): boolean {
  const words = countWords(line);
  if (words < STANDFIRST_MIN_WORDS || words > STANDFIRST_MAX_WORDS) return false;
  if ((line.match(SENTENCE_END)?.length ?? 0) > STANDFIRST_MAX_SENTENCES) return false;
  return readCreditPrefix(line, context) === undefined;
}

export function readLead(lines: readonly string[], start: number, authorHint: string | undefined, context: CreditContext, diagnostics: Diagnostic[]): Lead {
  const lead: Lead = { credits: [], authorLineRemoved: false, next: start };
  const authorKey = authorHint ? matchKey(authorHint) : '';
  let i = start;
  for (let step = 0; step < MAX_LEAD_LINES && i < lines.length - 1; step++) {
    const line = lines[i];
    const date = isDateLine(line, context.lexicon);
    if (date) { lead.publishedAt ??= date.iso; i++; continue; }
    if (authorKey && line.length <= authorHint!.length + 4 && matchKey(line) === authorKey) { lead.authorLineRemoved = true; i++; continue; }
    const credit = readCreditLine(line, context);
    if (credit) { lead.credits.push(credit); i++; continue; }
    // A standfirst sits above the paragraph that carries the dateline or byline; without that
    // mark the first paragraph is body, because a lede also reads like a summary.
    if (lead.standfirst === undefined && lead.credits.length === 0 && isStandfirstCandidate(line, context) && opensWithCredit(lines[i + 1], context)) {
      lead.standfirst = line;
      i++;
      continue;
    }
    break;
  }
  if (lead.credits.length > 0 || lead.authorLineRemoved) {
    diagnostics.push({ code: 'extract.byline_removed', severity: 'info', stage: 'extract', message: 'byline/dateline line(s) removed from the body' });
  }
  const first = lines[i];
  const prefix = first !== undefined ? readCreditPrefix(first, context) : undefined;
  if (prefix) {
    lead.credits.push(prefix.credit);
    lead.firstParagraph = prefix.rest;
    diagnostics.push({ code: 'extract.dateline_removed', severity: 'info', stage: 'extract', message: 'dateline removed from the first paragraph' });
  }
  lead.next = i;
  return lead;
}
