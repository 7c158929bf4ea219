// Runs the cases in fixtures/quotes/<case>/: input.txt (fictional text written by us) and
// expected.json ({ rule, quotes: [{ direct, text, speaker, role? }], notQuotes?: [text] }).
// A failure prints the case, what was expected, what came out and the file that holds the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from './index.ts';
import type { Quote } from '../../core/types.ts';

interface ExpectedQuote {
  direct: boolean;
  text: string;
  speaker: string;
  role?: string;
}

interface FixtureCase {
  rule: string;
  quotes: ExpectedQuote[];
  notQuotes?: string[];
}

const FIXTURES = new URL('../../../fixtures/quotes/', import.meta.url);

function describe(quote: Quote): string {
  return `${quote.direct ? 'direct' : 'indirect'} «${quote.text}» speaker=${quote.speaker?.canonical ?? '-'} role=${quote.speaker?.role ?? '-'}`;
}

for (const name of readdirSync(FIXTURES).sort()) {
  const dir = new URL(`${name}/`, FIXTURES);
  const input = readFileSync(new URL('input.txt', dir), 'utf8').normalize('NFC').trimEnd();
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as FixtureCase;
  test(`fixture ${name}`, () => {
    const got = findQuotes(input);
    const report = (problem: string): string => [
      `case: fixtures/quotes/${name}`,
      problem,
      `got:\n${got.map((q) => `  ${describe(q)}`).join('\n') || '  (no quotes)'}`,
      `help: the rule is in ${join(expected.rule)}`,
    ].join('\n');
    for (const want of expected.quotes) {
      const found = got.find((q) => q.text === want.text);
      assert.ok(found, report(`expected: ${want.direct ? 'direct' : 'indirect'} «${want.text}»`));
      assert.equal(found.direct, want.direct, report(`expected «${want.text}» to be ${want.direct ? 'direct' : 'indirect'}`));
      assert.equal(found.speaker?.canonical, want.speaker, report(`expected speaker ${want.speaker} for «${want.text}»`));
      if (want.role) assert.equal(found.speaker?.role, want.role, report(`expected role ${want.role} for «${want.text}»`));
      assert.equal(input.slice(found.start, found.end), found.text, report('offsets do not point at the quote text'));
    }
    for (const text of expected.notQuotes ?? []) {
      assert.ok(!got.some((q) => q.text === text), report(`expected «${text}» not to be a quote`));
    }
    assert.equal(got.length, expected.quotes.length, report(`expected exactly ${expected.quotes.length} quotes`));
  });
}
