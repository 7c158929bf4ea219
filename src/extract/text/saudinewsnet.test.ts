// The rules on real records: SaudiNewsNet (../shared/data/saudinewsnet, 31,030 articles from 14
// Saudi outlets). Every fourth record is extracted with its title, author field and outlet as hints,
// and measurable properties are checked against floors. The figures are printed; a floor is raised
// by a commit, and lowering one is a decision written in the commit message (STYLE.md rule 6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { type ExtractedText, extractScrapedText } from './index.ts';
import { cleanAuthorField } from './byline.ts';
import { LEXICON, countWords, matchKey, startsWithWords } from './match.ts';

const DATA = resolve(process.cwd(), '../shared/data/saudinewsnet');
const SAMPLE_EVERY = 4;
const skip = !existsSync(DATA) && process.env.CI !== 'true' ? `${DATA} not found` : false;

/** Floors, as shares of the records each property applies to. */
const FLOORS = {
  /** A first line that is the author field, or that starts with it, is gone from the body. */
  authorLineRemoved: 0.98,
  /** A first line shaped like a credit (`فلان – عين اليوم`, `عين اليوم – جدة`) is gone from the body. */
  creditLineRemoved: 0.97,
  /** The body does not end with boilerplate. */
  cleanEnding: 0.998,
  /** Datelines read from the text are short place-like strings. */
  datelineShaped: 1,
  /** Of those, the share whose places are in the place vocabulary. */
  datelineKnownPlace: 0.88,
  /** Records with a dateline (from text or author field). */
  datelineFound: 0.69,
  /** Records with at least one author. */
  authorsFound: 0.44,
};

interface SnnRecord { source: string; url: string; title: string; author: string; content: string }

function readRecords(): SnnRecord[] {
  const records: SnnRecord[] = [];
  for (const file of readdirSync(DATA).filter((name) => name.endsWith('.zip')).sort()) {
    for (const bytes of Object.values(unzipSync(readFileSync(join(DATA, file))))) {
      if (bytes.length > 0) records.push(...(JSON.parse(strFromU8(bytes)) as SnnRecord[]));
    }
  }
  return records;
}

const SENTENCE_MARK = /[.!؟?؛]/;
const CREDIT_DASH = /\s[-–—ـ]\s|[^\s-][-–—]\s?[^\s-]/;
const NAVIGATION = /^(?:(?:Next|Previous)\s+)+/;
const DIGIT = /[0-9٠-٩]/;
const WIRE_END = /\/\/\s*انتهى\s*\/\//;

function firstLine(content: string): string {
  const line = content.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.replace(NAVIGATION, '').trim();
}

function bodyKeepsLine(result: ExtractedText, line: string): boolean {
  const key = matchKey(line);
  return result.paragraphs.some((p) => matchKey(p.slice(0, line.length + 8)).startsWith(key));
}

/** Does the last paragraph end with site furniture the extractor should have cut? */
function endsWithBoilerplate(result: ExtractedText): boolean {
  const last = result.paragraphs[result.paragraphs.length - 1];
  if (last === undefined) return false;
  const key = matchKey(last);
  if (LEXICON.boilerplateLines.has(key) || LEXICON.relatedHeaders.has(key) || WIRE_END.test(last)) return true;
  const tail = last.split(/[.!؟?»"”]\s+/).pop() ?? '';
  const tailKey = matchKey(tail);
  return tail !== last && countWords(tail) <= 30 && LEXICON.trailingMarkers.some((marker) => startsWithWords(tailKey, marker));
}

function datelineShaped(dateline: string): boolean {
  const places = dateline.replace(/\s*\([^)]*\)$/, '');
  if (places.length === 0) return true;
  return places.split('، ').every((place) => countWords(place) <= 4 && place.length <= 30 && !DIGIT.test(place) && !SENTENCE_MARK.test(place));
}

function datelineKnown(dateline: string): boolean {
  const places = dateline.replace(/\s*\([^)]*\)$/, '');
  return places.length === 0 || places.split('، ').every((place) => LEXICON.places.has(matchKey(place)));
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

test('SaudiNewsNet: bylines, datelines, boilerplate and authors on real records', { skip }, () => {
  assert.ok(existsSync(DATA), `${DATA} is missing; CI needs ../shared/data`);
  const records = readRecords().filter((_, index) => index % SAMPLE_EVERY === 0);
  assert.ok(records.length > 5000, `expected several thousand records, read ${records.length}`);

  const count = {
    records: 0, emptyParagraphs: 0, authorLine: 0, authorLineRemoved: 0, creditLine: 0, creditLineRemoved: 0,
    cleanEnding: 0, withBody: 0, dateline: 0, datelineFromText: 0, datelineShaped: 0, datelineKnown: 0,
    authorsFound: 0, authorsFromText: 0, foreignAuthors: 0,
  };
  const foreignAuthors: string[] = [];
  const badDatelines: string[] = [];
  for (const record of records) {
    const result = extractScrapedText(record.content, { title: record.title, author: record.author, source: record.source });
    count.records++;
    if (result.paragraphs.some((p) => p.trim().length === 0)) count.emptyParagraphs++;
    if (result.paragraphs.length > 0) {
      count.withBody++;
      if (!endsWithBoilerplate(result)) count.cleanEnding++;
    }

    const line = firstLine(record.content);
    const author = cleanAuthorField(record.author ?? '').replace(/[\s:]+$/, '');
    const lineKey = matchKey(line);
    const authorKey = matchKey(author);
    // Some author fields hold the first sentence of the body instead of a byline: not a credit.
    const creditField = countWords(author) >= 2 && countWords(author) <= 8 && !SENTENCE_MARK.test(author);
    if (creditField && lineKey.startsWith(authorKey) && lineKey.length > authorKey.length + 10) {
      // `فلان- سبق- جدة: نص …`: the author field opens the first paragraph.
      count.authorLine++;
      if (!bodyKeepsLine(result, author)) count.authorLineRemoved++;
    } else if (creditField && lineKey === authorKey) {
      count.authorLine++;
      if (!bodyKeepsLine(result, line)) count.authorLineRemoved++;
    } else if (countWords(line) <= 6 && CREDIT_DASH.test(line) && !SENTENCE_MARK.test(line)) {
      count.creditLine++;
      if (!bodyKeepsLine(result, line)) count.creditLineRemoved++;
    }

    if (result.dateline) {
      count.dateline++;
      if (!result.diagnostics.some((d) => d.code === 'extract.dateline_from_author_field')) {
        count.datelineFromText++;
        if (datelineShaped(result.dateline)) count.datelineShaped++;
        else if (badDatelines.length < 10) badDatelines.push(result.dateline);
        if (datelineKnown(result.dateline)) count.datelineKnown++;
      }
    }

    // Never an author that is not in the author field or in the text's opening lines.
    const allowed = `${matchKey(author)} ${matchKey(record.content.slice(0, 300))}`;
    for (const name of result.authors) {
      if (!allowed.includes(matchKey(name))) { count.foreignAuthors++; if (foreignAuthors.length < 10) foreignAuthors.push(name); }
    }
    if (result.authors.length > 0) count.authorsFound++;
    if (result.authors.length > 0 && !authorKey) count.authorsFromText++;
  }

  const figures = {
    records: count.records,
    authorLineRemoved: share(count.authorLineRemoved, count.authorLine),
    creditLineRemoved: share(count.creditLineRemoved, count.creditLine),
    cleanEnding: share(count.cleanEnding, count.withBody),
    datelineFound: share(count.dateline, count.records),
    datelineFromText: share(count.datelineFromText, count.records),
    datelineShaped: share(count.datelineShaped, count.datelineFromText),
    datelineKnownPlace: share(count.datelineKnown, count.datelineFromText),
    authorsFound: share(count.authorsFound, count.records),
  };
  console.log([
    `saudinewsnet: ${count.records} records (every ${SAMPLE_EVERY}th)`,
    `  leading author-field line removed: ${percent(figures.authorLineRemoved)} of ${count.authorLine}`,
    `  leading credit-shaped line removed: ${percent(figures.creditLineRemoved)} of ${count.creditLine}`,
    `  body ends without boilerplate: ${percent(figures.cleanEnding)} of ${count.withBody}`,
    `  dateline found: ${percent(figures.datelineFound)} (from the text ${percent(figures.datelineFromText)}, the rest from the author field)`,
    `  text datelines short and place-like: ${percent(figures.datelineShaped)}; in the place vocabulary: ${percent(figures.datelineKnownPlace)}`,
    `  authors found: ${percent(figures.authorsFound)} (${count.authorsFromText} from the text alone); authors not in field or byline: ${count.foreignAuthors}`,
    `  empty paragraphs: ${count.emptyParagraphs}`,
  ].join('\n'));

  assert.equal(count.emptyParagraphs, 0, 'no paragraph is empty');
  assert.equal(count.foreignAuthors, 0, `authors not found in the author field or the byline: ${foreignAuthors.join(' | ')}`);
  assert.ok(figures.authorLineRemoved >= FLOORS.authorLineRemoved, `author-field line removed ${percent(figures.authorLineRemoved)} < floor`);
  assert.ok(figures.creditLineRemoved >= FLOORS.creditLineRemoved, `credit line removed ${percent(figures.creditLineRemoved)} < floor`);
  assert.ok(figures.cleanEnding >= FLOORS.cleanEnding, `clean endings ${percent(figures.cleanEnding)} < floor`);
  assert.ok(figures.datelineShaped >= FLOORS.datelineShaped, `datelines not place-like: ${badDatelines.join(' | ')}`);
  assert.ok(figures.datelineKnownPlace >= FLOORS.datelineKnownPlace, `known-place datelines ${percent(figures.datelineKnownPlace)} < floor`);
  assert.ok(figures.datelineFound >= FLOORS.datelineFound, `datelines found ${percent(figures.datelineFound)} < floor`);
  assert.ok(figures.authorsFound >= FLOORS.authorsFound, `authors found ${percent(figures.authorsFound)} < floor`);
});
