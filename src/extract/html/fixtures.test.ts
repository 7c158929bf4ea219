// Runs every case in fixtures/html/<case>/ (page.html + expected.json): Arabic pages written by
// us on the structures of real Arabic news sites. A failure prints the case, what was expected,
// what came out, and the file that holds the rule (STYLE.md rule 5).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../decode/index.ts';
import { HtmlExtractor, type HtmlExtraction } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/html/', import.meta.url));

interface Expected {
  title: string;
  publishedAt?: string;
  dateline?: string;
  authors?: string[];
  language?: string;
  section?: string;
  charset?: string;
  contentStage?: string;
  firstParagraphStartsWith: string;
  lastParagraphEndsWith: string;
  mustContain?: string[];
  mustNotContain?: string[];
}

/** Which module owns each check, for the failure message. */
const RULE_FILES: Record<string, string> = {
  title: 'src/extract/html/metadata/title.ts',
  publishedAt: 'src/extract/html/metadata/dates.ts, date-text.ts, month-names.ts',
  dateline: 'src/extract/html/dateline.ts',
  authors: 'src/extract/html/metadata/authors.ts',
  language: 'src/extract/html/metadata/index.ts',
  section: 'src/extract/html/metadata/index.ts',
  charset: 'src/extract/decode/index.ts',
  contentStage: 'src/extract/html/index.ts (the cascade)',
  body: 'src/extract/html/main-content.ts, score.ts, prune.ts, vocabulary.ts',
  boilerplate: 'src/extract/html/filter.ts, boilerplate-phrases.ts, vocabulary.ts',
};

function check(name: string, field: string, expected: unknown, got: unknown, ok: boolean): void {
  if (ok) return;
  assert.fail(`case: ${name}\n  field: ${field}\n  expected: ${JSON.stringify(expected)}\n  got: ${JSON.stringify(got)}\n  rule file: ${RULE_FILES[field] ?? 'src/extract/html/'}`);
}

const cases = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.json'))).sort() : [];
const extractor = new HtmlExtractor();

test('the Arabic fixture set is present', () => {
  assert.ok(cases.length >= 5, `expected at least 5 cases in ${FIXTURES}, found ${cases.length}`);
});

for (const name of cases) {
  test(`fixture ${name}: headline, date, dateline and body as the outlet wrote them`, () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const decoded = decodeBytes(readFileSync(join(FIXTURES, name, 'page.html')));
    const got: HtmlExtraction = extractor.extract(decoded.text, {});
    const text = got.paragraphs.join('\n');
    if (expected.charset) check(name, 'charset', expected.charset, decoded.charset, decoded.charset === expected.charset);
    check(name, 'title', expected.title, got.title, got.title === expected.title);
    if (expected.publishedAt) check(name, 'publishedAt', expected.publishedAt, got.publishedAt, (got.publishedAt ?? '').startsWith(expected.publishedAt));
    if ('dateline' in expected) check(name, 'dateline', expected.dateline, got.dateline, got.dateline === expected.dateline);
    if (expected.authors) check(name, 'authors', expected.authors, got.authors, JSON.stringify(got.authors) === JSON.stringify(expected.authors));
    if (expected.language) check(name, 'language', expected.language, got.language, got.language === expected.language);
    if (expected.section) check(name, 'section', expected.section, got.section, got.section === expected.section);
    if (expected.contentStage) check(name, 'contentStage', expected.contentStage, got.contentStage, got.contentStage === expected.contentStage);
    const first = got.paragraphs[0] ?? '';
    const last = got.paragraphs[got.paragraphs.length - 1] ?? '';
    check(name, 'body', `first paragraph starting "${expected.firstParagraphStartsWith}"`, first, first.startsWith(expected.firstParagraphStartsWith));
    check(name, 'body', `last paragraph ending "${expected.lastParagraphEndsWith}"`, last, last.endsWith(expected.lastParagraphEndsWith));
    for (const snippet of expected.mustContain ?? []) check(name, 'body', `text containing "${snippet}"`, got.paragraphs, text.includes(snippet));
    for (const snippet of expected.mustNotContain ?? []) check(name, 'boilerplate', `text without "${snippet}"`, got.paragraphs, !text.includes(snippet));
  });
}
