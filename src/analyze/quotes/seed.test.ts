// The seed page (../shared/seeds): its seven direct quotes with their speakers, and its indirect
// quotes. Read from ../shared (never copied into the repo); missing data fails under CI=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findQuotes } from './index.ts';
import type { Quote } from '../../core/types.ts';

const SEED = resolve(process.cwd(), '../shared/seeds/000_f77f88289c7c6a30.txt');

function readSeed(skip: (why: string) => void): string | undefined {
  if (existsSync(SEED)) return readFileSync(SEED, 'utf8').normalize('NFC');
  assert.notEqual(process.env.CI, 'true', `missing ${SEED}: CI needs ../shared/seeds`);
  skip(`missing ${SEED}`);
  return undefined;
}

/** The quote that starts with these words. */
function startingWith(quotes: Quote[], words: string): Quote {
  const found = quotes.find((q) => q.text.startsWith(words));
  assert.ok(found, `no quote starting «${words}»; got ${JSON.stringify(quotes.map((q) => q.text.slice(0, 30)))}`);
  return found;
}

// The seven direct quotes and who says them (as the issue lists them).
const DIRECT: Array<{ opening: string; speaker: string }> = [
  { opening: 'اشادت بدعم افريكوم', speaker: 'حكومة الوفاق' },
  { opening: 'دعت الى توسيع مجالات التعاون', speaker: 'حكومة الوفاق' },
  { opening: 'خلال العام الماضي زادت', speaker: 'ستيفاني وليامز' },
  { opening: 'الحل الدائم الوحيد لليبيا', speaker: 'ستيفاني وليامز' },
  { opening: 'الولايات المتحدة تعتقد ان الانتخابات', speaker: 'ستيفاني وليامز' },
  { opening: 'حدث مهم جاء وسط زخم دولي', speaker: 'فايز السراج' },
  { opening: 'خطوة رئيسية نحو المصالحة', speaker: 'ايمانويل ماكرون' },
];

test('seed: the seven direct quotes, each with its speaker', (t) => {
  const text = readSeed((why) => t.skip(why));
  if (!text) return;
  const quotes = findQuotes(text);
  assert.equal(quotes.filter((q) => q.direct).length, DIRECT.length, 'exactly the seven direct quotes');
  for (const { opening, speaker } of DIRECT) {
    const quote = startingWith(quotes, opening);
    assert.equal(quote.direct, true, `«${opening}» is direct`);
    assert.equal(quote.speaker?.canonical, speaker, `speaker of «${opening}»`);
    assert.equal(text.slice(quote.start, quote.end), quote.text);
  }
});

test('seed: the chargé d\'affaires speaks by role, by surname and by continuation', (t) => {
  const text = readSeed((why) => t.skip(why));
  if (!text) return;
  const quotes = findQuotes(text);
  assert.equal(startingWith(quotes, 'خلال العام الماضي زادت').speaker?.role, 'القائم بالاعمال الاميركية');
  assert.equal(startingWith(quotes, 'الحل الدائم الوحيد لليبيا').cue, 'وقالت');
  assert.equal(startingWith(quotes, 'الولايات المتحدة تعتقد').cue, 'واضافت');
});

test('seed: the indirect quotes with their speakers', (t) => {
  const text = readSeed((why) => t.skip(why));
  if (!text) return;
  const quotes = findQuotes(text);
  const indirect: Array<{ opening: string; speaker: string }> = [
    { opening: 'ان واشنطن انفقت 635 مليون دولار', speaker: 'ستيفاني وليامز' },
    { opening: 'إن اللقاء بعد بداية يجب البناء عليها', speaker: 'فايز السراج' },
    { opening: 'أن تنفيذ بنود البيان', speaker: 'فايز السراج' },
    { opening: 'ان الدعم الاميركي وحده لن يحل مشاكل البلاد', speaker: 'ستيفاني وليامز' },
  ];
  for (const { opening, speaker } of indirect) {
    const quote = startingWith(quotes, opening);
    assert.equal(quote.direct, false, `«${opening}» is indirect`);
    assert.equal(quote.speaker?.canonical, speaker, `speaker of «${opening}»`);
  }
  // The report ends where the sentence does, before the next report starts.
  assert.equal(startingWith(quotes, 'ان الدعم الاميركي').text, 'ان الدعم الاميركي وحده لن يحل مشاكل البلاد');
});
