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
