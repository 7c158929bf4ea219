// The top of a scraped page: an optional section label or breadcrumb, optional date line, the
// headline (often printed twice: once as the page title, once as the story heading).
// When the record gives the title (TextHints.title), lines repeating it are dropped instead.
import type { Diagnostic } from '../../core/types.ts';
import { readCredit, type CreditContext } from './credit.ts';
import { isDateLine } from './dates.ts';
import { countWords, firstWordKey, matchKey } from './match.ts';

const LABEL_MAX_WORDS = 3;
const LABEL_MAX_CHARS = 30;
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_CHARS = 220;
// A record's title may be cut short (SaudiNewsNet keeps ~60 characters, mid-word):
// a line that starts with that much of it is the headline.
const TRUNCATED_TITLE_MIN_CHARS = 20;
const BREADCRUMB_SEPARATOR = /\s*[»›>]\s*/;
const BREADCRUMB_MAX_WORDS = 12;
const LABEL_PUNCTUATION = /[.:!؟?،,;؛\-–—|()«»"0-9٠-٩]/;
const HEADLINE_CLOSING = /[.:،,؛;]$/;
// `عام / مهرجان …`: wire titles lead with their desk.
const TITLE_DESK_PREFIX = /^([^/\s]+(?:\s[^/\s]+)?)\s*\/\s+(\S.*)$/;

export interface Head {
  section?: string;
  title: string;
  /** True when the title was read from the text, false when it came from the hints. */
  titleFromText: boolean;
  publishedAt?: string;
  /** Index of the first line after the head. */
  next: number;
}

function isLabel(line: string | undefined): line is string {
  return line !== undefined && line.length <= LABEL_MAX_CHARS && countWords(line) <= LABEL_MAX_WORDS && !LABEL_PUNCTUATION.test(line);
}

function isHeadlineLike(line: string | undefined, context: CreditContext): line is string {
  if (line === undefined || line.length > HEADLINE_MAX_CHARS || countWords(line) > HEADLINE_MAX_WORDS) return false;
  if (HEADLINE_CLOSING.test(line)) return false;
  // `ماهر الدوسري – عين اليوم` is a byline, not a headline.
  return readCredit(line, 'line', context) === undefined;
}

function breadcrumbSection(line: string, context: CreditContext): string | undefined {
  if (countWords(line) > BREADCRUMB_MAX_WORDS) return undefined;
  const crumbs = line.split(BREADCRUMB_SEPARATOR).filter((crumb) => crumb.length > 0);
  if (crumbs.length < 2 || !crumbs.every((crumb) => countWords(crumb) <= LABEL_MAX_WORDS)) return undefined;
  const last = crumbs[crumbs.length - 1];
  return context.lexicon.navigationWords.has(matchKey(last)) ? undefined : last;
}

function titleMatcher(title: string): (line: string | undefined) => boolean {
  const titleKey = matchKey(title);
  // A truncated title ends with a partial word: compare up to its last whole word.
  const lastSpace = titleKey.lastIndexOf(' ');
  const stem = titleKey.length >= TRUNCATED_TITLE_MIN_CHARS && lastSpace > 0 ? titleKey.slice(0, lastSpace) : titleKey;
  const titleFirstWord = firstWordKey(titleKey);
  return (line) => {
    if (line === undefined || titleKey.length === 0 || countWords(line) > HEADLINE_MAX_WORDS) return false;
    if (firstWordKey(line) !== titleFirstWord) return false;
    const key = matchKey(line);
    return key === titleKey || (stem.length >= TRUNCATED_TITLE_MIN_CHARS && key.startsWith(stem));
  };
}

/** The record's title, split from a leading desk name (`اقتصادي / …`) when it has one. */
export function splitTitleHint(title: string, context: CreditContext): { title: string; section?: string } {
  const match = TITLE_DESK_PREFIX.exec(title);
  if (!match || !context.lexicon.sections.has(matchKey(match[1]))) return { title };
  return { title: match[2].trim(), section: match[1] };
}

export function readHead(lines: readonly string[], hintTitle: string | undefined, context: CreditContext, diagnostics: Diagnostic[]): Head {
  const { lexicon } = context;
  let i = 0;
  let section: string | undefined;
  let publishedAt: string | undefined;
  const crumbSection = lines.length > 1 ? breadcrumbSection(lines[0], context) : undefined;
  if (crumbSection) { section = crumbSection; i++; }

  if (hintTitle) {
    const isTitle = titleMatcher(hintTitle);
    if (!section && isLabel(lines[i]) && isTitle(lines[i + 1])) section = lines[i++];
    let repeats = 0;
    while (isTitle(lines[i])) { i++; repeats++; }
    if (repeats > 0) diagnostics.push({ code: 'extract.title_lines_removed', severity: 'info', stage: 'extract', message: `${repeats} line(s) repeating the title removed` });
    return { section, title: hintTitle, titleFromText: false, next: i };
  }

  // A short label above the headline is the section: either a known section name, or a
  // 1–3 word line over a longer headline-like line.
  const label = lines[i];
  if (!section && isLabel(label) && lines.length > i + 2) {
    const known = lexicon.sections.has(matchKey(label));
    const overHeadline = isHeadlineLike(lines[i + 1], context) && countWords(lines[i + 1]) > countWords(label);
    if (known || overHeadline) { section = label; i++; }
  }
  const date = lines[i] !== undefined ? isDateLine(lines[i], lexicon) : undefined;
  if (date) { publishedAt = date.iso; i++; }

  const headline = lines[i];
  if (lines.length <= i + 1 || !isHeadlineLike(headline, context)) {
    diagnostics.push({ code: 'extract.no_title', severity: 'warning', stage: 'extract', message: 'no headline line found at the top of the text' });
    return { section, title: '', titleFromText: false, publishedAt, next: i };
  }
  i++;
  const headlineKey = matchKey(headline);
  let repeats = 0;
  while (i < lines.length - 1 && matchKey(lines[i]) === headlineKey) { i++; repeats++; }
  if (repeats > 0) diagnostics.push({ code: 'extract.duplicate_headline_removed', severity: 'info', stage: 'extract', message: `headline repeated ${repeats + 1} times; kept once` });
  return { section, title: headline, titleFromText: true, publishedAt, next: i };
}
