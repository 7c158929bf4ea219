import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { searchTerms, searchKey, TermAnalyzer } from './terms.ts';
import { messyText, arabicWord } from './test-support.ts';
import { protectedStemAt } from './clitics.ts';
import { foldForSearch } from './profiles.ts';
import { lightStem } from './stem.ts';

function expectSameKey(spellings: string[]): void {
  const keys = spellings.map(searchKey);
  assert.equal(new Set(keys).size, 1, `one word, one key: ${spellings.map((w, i) => `${w}→${keys[i]}`).join(', ')}\nhelp: folding rules in src/text/rules/, clitics in src/text/clitic-data.ts, suffixes in src/text/stem-data.ts`);
}

test('hamza or not gives the same key: الأميركية الاميركية', () => {
  expectSameKey(['الأميركية', 'الاميركية', 'الأميركيه']);
  expectSameKey(['إعلان', 'اعلان', 'الإعلان']);
});

test('teh marbuta or heh, alef maksura or yeh give the same key: بنغازى بنغازي, مدرسة مدرسه', () => {
  expectSameKey(['بنغازى', 'بنغازي']);
  expectSameKey(['مدرسة', 'مدرسه']);
});

test('harakat and tatweel do not change the key: السّرّاج الـسراج السراج', () => {
  expectSameKey(['السّرّاج', 'الـسراج', 'السراج', 'السَّرّاجُ']);
});

test('with or without و ب ل ال لل the key is the same: وليبيا ليبيا لليبيا', () => {
  expectSameKey(['وليبيا', 'ليبيا', 'لليبيا', 'بليبيا']);
  expectSameKey(['الحكومة', 'حكومة', 'والحكومة', 'بالحكومة', 'للحكومة', 'لحكومة']);
  expectSameKey(['مصر', 'بمصر', 'لمصر', 'ومصر']);
  expectSameKey(['الله', 'والله', 'بالله', 'لله']);
});

test('the two spellings of hamza on a seat meet: مسؤول مسئول', () => {
  expectSameKey(['مسؤول', 'مسئول', 'المسؤول']);
  expectSameKey(['شؤون', 'شئون']);
});

test('digits of any script give one number key: ٢٠١٥ 2015 ۲۰۱۵, ٣٫٥ 3.5, ١٬٠٠٠ 1,000 1000', () => {
  expectSameKey(['٢٠١٥', '2015', '۲۰۱۵']);
  expectSameKey(['٣٫٥', '3.5']);
  expectSameKey(['١٬٠٠٠', '1,000', '1000']);
});

test('latin words are lowercased: Reuters REUTERS reuters', () => {
  expectSameKey(['Reuters', 'REUTERS', 'reuters']);
});

test('different words keep different keys', () => {
  const pairs: [string, string][] = [
    ['كتاب', 'كاتب'], ['مكتب', 'كتب'], ['عالم', 'علم'], ['لبنان', 'لبن'], ['ليبيا', 'يبيا'], ['بريطانيا', 'ريطانيا'],
    ['وزير', 'زير'], ['الوفاق', 'فاق'], ['كامل', 'أمل'], ['ايران', 'اير'], ['واحد', 'احد'], ['مدرسة', 'مدارس'],
  ];
  for (const [a, b] of pairs) assert.notEqual(searchKey(a), searchKey(b), `${a} and ${b} must stay apart, both gave ${searchKey(a)}; help: add the stem to PROTECTED_STEMS in src/text/clitic-data.ts or tighten a guard`);
});

test('searchTerms gives one term per word and number, pointing at the original text', () => {
  const text = 'وقالت حكومة الوفاق، في بيان (٢٠١٥): «السّرّاج» زار 3 مدن.';
  const terms = searchTerms(text);
  assert.deepEqual(terms.map(({ start, end }) => text.slice(start, end)), ['وقالت', 'حكومة', 'الوفاق', 'في', 'بيان', '٢٠١٥', 'السّرّاج', 'زار', '3', 'مدن']);
  assert.equal(terms[6].term, searchKey('السراج'));
  assert.equal(terms[5].term, '2015');
});

test('every term is the folded, stemmed text it points at', () => {
  fc.assert(fc.property(messyText, (text) => searchTerms(text).every(({ term, start, end }) => {
    const folded = foldForSearch(text.slice(start, end));
    const isNumber = /^[0-9]/.test(folded);
    const expected = isNumber ? folded.replaceAll(',', '') : lightStem(folded);
    return start < end && end <= text.length && term !== '' && term === expected && searchKey(text.slice(start, end)) === term;
  })), { numRuns: 2000 });
});

test('terms come in text order and never overlap', () => {
  fc.assert(fc.property(messyText, (text) => {
    let previousEnd = 0;
    for (const { start, end } of searchTerms(text)) {
      if (start < previousEnd) return false;
      previousEnd = end;
    }
    return true;
  }), { numRuns: 1000 });
});

test('a conjunction on any word of three letters or more comes off: key(و + word) = key(word)', () => {
  fc.assert(fc.property(arabicWord.filter((w) => w.length >= 3 && !w.startsWith('و')), (word) => {
    // The guard: the word's own stem keeps at least 3 letters. Words that start with a proclitic-like
    // letter are left out (their own first letter may come off), and so are protected stems (وزير).
    fc.pre(!/^(ال|لل|[بكلف])/.test(word) && searchKey(word).length >= 3);
    fc.pre(protectedStemAt(foldForSearch('و' + word), 0) === 0);
    return searchKey('و' + word) === searchKey(word);
  }), { numRuns: 2000 });
});

test('TermAnalyzer without options gives the same terms as searchTerms', () => {
  const analyzer = new TermAnalyzer();
  fc.assert(fc.property(messyText, (text) => JSON.stringify(analyzer.terms(text)) === JSON.stringify(searchTerms(text))), { numRuns: 1000 });
});

test('TermAnalyzer can leave stop words out', () => {
  const analyzer = new TermAnalyzer({ dropStopWords: true });
  const text = 'وقالت الحكومة في بيان إن هذا القرار';
  assert.deepEqual(analyzer.terms(text).map(({ start, end }) => text.slice(start, end)), ['وقالت', 'الحكومة', 'بيان', 'القرار']);
});
