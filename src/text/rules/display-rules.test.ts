// One test per display rule, named after the rule, on real Arabic.
import { test } from 'node:test';
import { expectText } from '../test-support.ts';
import { removeInvisibleControls } from './remove-invisible-controls.ts';
import { normalizeWhitespace } from './normalize-whitespace.ts';

test('invisible controls are removed for display: BOM and bidi controls out, ZWNJ and ZWJ kept', () => {
  const file = 'rules/remove-invisible-controls.ts';
  expectText(removeInvisibleControls('\ufeffالأخبار'), 'الأخبار', '\ufeffالأخبار', file);
  expectText(removeInvisibleControls('\u202bطرابلس\u202c \u2067ليبيا\u2069\u200f'), 'طرابلس ليبيا', 'embedding/isolate/RLM', file);
  expectText(removeInvisibleControls('\u061cالعاصمة\u2060'), 'العاصمة', 'ALM/word joiner', file);
  expectText(removeInvisibleControls('می\u200cخواهم \u200d'), 'می\u200cخواهم \u200d', 'ZWNJ/ZWJ', file);
});

test('whitespace is normalised for display: one space per run, trimmed lines, at most one blank line', () => {
  const file = 'rules/normalize-whitespace.ts';
  const cases: [string, string][] = [
    ['طرابلس-  دعت\t\tحكومة\u00a0الوفاق', 'طرابلس- دعت حكومة الوفاق'],
    ['الأخبار\r\n\r\n\r\n\r\nالولايات  ', 'الأخبار\n\nالولايات'],
    ['  سطر أول \r سطر ثان\u2028سطر ثالث', 'سطر أول\nسطر ثان\nسطر ثالث'],
    ['\n\n  بيان \n \n \n \nختام\n\n', 'بيان\n\nختام'],
    ['زيارة\u2003\u202fوفد', 'زيارة وفد'],
  ];
  for (const [input, expected] of cases) expectText(normalizeWhitespace(input), expected, input, file);
});

test('whitespace fast path: text it skips is text the full rule would leave unchanged', async () => {
  const fc = (await import('fast-check')).default;
  // The full rule, written out without the fast path, as the reference.
  const reference = (text: string) => {
    const lines = text.replace(/\r\n?|[\u0085\u2028\u2029\v\f]/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i].replace(/[^\S\n]+/g, ' ').trim();
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  };
  const pieces = fc.constantFrom(' ', '\n', '\r', '\t', '\u00a0', 'ا', 'ب', '\u2028', '\u3000', '\ufeff', '\u200b', 'x', '\v', '\u1680', '\u205f');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), (s) => normalizeWhitespace(s) === reference(s)),
    { numRuns: 20000 });
});
