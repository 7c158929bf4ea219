// Runs every case in fixtures/text/<case>/: input.txt (+ optional hints.json) against expected.json.
// A failure names the case, the field, what was expected, what came out, and the file that holds
// the rule for that field (STYLE.md rule 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ExtractedText, type TextHints, extractScrapedText } from './index.ts';

const FIXTURES = new URL('../../../fixtures/text/', import.meta.url).pathname;

interface Expected {
  section?: string | null;
  title?: string;
  standfirst?: string | null;
  dateline?: string | null;
  publishedAt?: string | null;
  authors?: string[];
  firstParagraphStartsWith?: string;
  paragraphCount?: number;
  mustNotContain?: string[];
}

/** Where the rule behind each field lives, for the help line of a failure. */
const RULE_FILES: Record<string, string> = {
  section: 'src/extract/text/head.ts (section label, breadcrumb) and head.ts splitTitleHint (`desk / title`)',
  title: 'src/extract/text/head.ts (headline, repeated headline, title hint)',
  standfirst: 'src/extract/text/lead.ts (standfirst above a dateline or byline)',
  dateline: 'src/extract/text/credit.ts (roles of credit segments) and lead.ts (where a dateline ends)',
  publishedAt: 'src/extract/text/dates.ts (date lines, dated datelines)',
  authors: 'src/extract/text/credit.ts and byline.ts (author field); names in names.ts',
  firstParagraphStartsWith: 'src/extract/text/lead.ts (dateline prefix removal) and boilerplate.ts (top of page)',
  paragraphCount: 'src/extract/text/boilerplate.ts (furniture, related block, footers) and lines.ts (wrapped lines)',
  mustNotContain: 'src/extract/text/boilerplate.ts; phrases in vocabulary.ts',
};

function fail(name: string, field: string, expected: unknown, actual: unknown, result: ExtractedText): never {
  const lines = [
    `case:     fixtures/text/${name}`,
    `field:    ${field}`,
    `expected: ${JSON.stringify(expected)}`,
    `got:      ${JSON.stringify(actual)}`,
    `help:     the rule lives in ${RULE_FILES[field]}`,
    `paragraphs[0..2]: ${JSON.stringify(result.paragraphs.slice(0, 3).map((p) => p.slice(0, 60)))}`,
    `diagnostics: ${result.diagnostics.map((d) => d.code).join(', ')}`,
  ];
  assert.fail(lines.join('\n'));
}

function check(name: string, expected: Expected, result: ExtractedText): void {
  const optional = ['section', 'title', 'standfirst', 'dateline', 'publishedAt'] as const;
  for (const field of optional) {
    if (!(field in expected)) continue;
    const want = expected[field] ?? undefined;
    if (result[field] !== want) fail(name, field, want ?? null, result[field] ?? null, result);
  }
  if (expected.authors && JSON.stringify(result.authors) !== JSON.stringify(expected.authors)) {
    fail(name, 'authors', expected.authors, result.authors, result);
  }
  if (expected.firstParagraphStartsWith !== undefined && !(result.paragraphs[0] ?? '').startsWith(expected.firstParagraphStartsWith)) {
    fail(name, 'firstParagraphStartsWith', expected.firstParagraphStartsWith, (result.paragraphs[0] ?? '').slice(0, 60), result);
  }
  if (expected.paragraphCount !== undefined && result.paragraphs.length !== expected.paragraphCount) {
    fail(name, 'paragraphCount', expected.paragraphCount, result.paragraphs.length, result);
  }
  const everything = [result.section, result.title, result.standfirst, ...result.paragraphs].filter(Boolean).join('\n');
  for (const phrase of expected.mustNotContain ?? []) {
    if (result.paragraphs.some((p) => p.includes(phrase)) || (phrase.includes('\n') && everything.includes(phrase))) {
      fail(name, 'mustNotContain', `no paragraph containing ${JSON.stringify(phrase)}`, result.paragraphs.find((p) => p.includes(phrase)) ?? phrase, result);
    }
  }
}

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

test('fixtures/text has cases', () => {
  assert.ok(cases.length >= 10, `expected at least 10 cases in ${FIXTURES}, found ${cases.length}`);
});

for (const name of cases) {
  test(`fixture ${name}`, () => {
    const dir = join(FIXTURES, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const hintsPath = join(dir, 'hints.json');
    const hints: TextHints = existsSync(hintsPath) ? JSON.parse(readFileSync(hintsPath, 'utf8')) : {};
    const expected: Expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    check(name, expected, extractScrapedText(input, hints));
  });
}
