// One test per search rule, named after the rule, on real Arabic.
import { test } from 'node:test';
import { applyCharRule, type CharRule } from './char-rule.ts';
import { expectText } from '../test-support.ts';
import { removeSearchInvisibles } from './remove-search-invisibles.ts';
import { foldPresentationForms } from './fold-presentation-forms.ts';
import { lowercase } from './lowercase.ts';
import { foldPersianLetters } from './fold-persian-letters.ts';
import { stripHarakat } from './strip-harakat.ts';
import { stripTatweel } from './strip-tatweel.ts';
import { foldAlef } from './fold-alef.ts';
import { foldAlefMaksura } from './fold-alef-maksura.ts';
import { foldTehMarbuta } from './fold-teh-marbuta.ts';
import { foldHamzaCarriers } from './fold-hamza-carriers.ts';
import { foldDigits } from './fold-digits.ts';
import { foldNumberSigns } from './fold-number-signs.ts';

function expectRule(rule: CharRule, file: string, input: string, expected: string): void {
  expectText(applyCharRule(rule, input), expected, input, `rules/${file}`);
}

test('invisible joiners and bidi marks are removed for search: كلمة‌مركبة → كلمةمركبة', () => {
  expectRule(removeSearchInvisibles, 'remove-search-invisibles.ts', 'كلمة\u200cمركبة', 'كلمةمركبة');
  expectRule(removeSearchInvisibles, 'remove-search-invisibles.ts', '\u200fليبيا\u200e', 'ليبيا');
  expectRule(removeSearchInvisibles, 'remove-search-invisibles.ts', 'طرا\u00adبلس', 'طرابلس');
});

test('presentation forms fold to base letters: ﺍﻟﺴﻼﻡ → السلام, ﻻ → لا', () => {
  expectRule(foldPresentationForms, 'fold-presentation-forms.ts', 'ﺍﻟﺴﻼﻡ', 'السلام');
  expectRule(foldPresentationForms, 'fold-presentation-forms.ts', 'ﻻ', 'لا');
  // the spacing fathatan does not leave a space inside the word
  expectRule(foldPresentationForms, 'fold-presentation-forms.ts', 'شكرا\ufe70', 'شكرا\u064b');
  // ordinary Arabic letters and the BOM are not this rule's business
  expectRule(foldPresentationForms, 'fold-presentation-forms.ts', 'سلام\ufeff', 'سلام\ufeff');
});

test('latin letters lowercase: Reuters UN → reuters un', () => {
  expectRule(lowercase, 'lowercase.ts', 'Reuters UN', 'reuters un');
  expectRule(lowercase, 'lowercase.ts', 'الأمم', 'الأمم');
});

test('persian letters fold to arabic: کتاب → كتاب, ایران → ايران', () => {
  expectRule(foldPersianLetters, 'fold-persian-letters.ts', 'کتاب', 'كتاب');
  expectRule(foldPersianLetters, 'fold-persian-letters.ts', 'ایران', 'ايران');
  expectRule(foldPersianLetters, 'fold-persian-letters.ts', 'ھذا', 'هذا');
});

test('harakat are stripped: السَّرّاجُ → السراج, هٰذا → هذا', () => {
  expectRule(stripHarakat, 'strip-harakat.ts', 'السَّرّاجُ', 'السراج');
  expectRule(stripHarakat, 'strip-harakat.ts', 'مرحباً', 'مرحبا');
  expectRule(stripHarakat, 'strip-harakat.ts', 'هٰذا', 'هذا');
  expectRule(stripHarakat, 'strip-harakat.ts', 'ا\u0654', 'ا'); // combining hamza, like أ → ا
});

test('tatweel is stripped: الـسراج → السراج', () => {
  expectRule(stripTatweel, 'strip-tatweel.ts', 'الـسراج', 'السراج');
  expectRule(stripTatweel, 'strip-tatweel.ts', 'جـــديد', 'جديد');
});

test('alef variants fold to bare alef: الأميركية → الاميركية, إعلان → اعلان, آلاف → الاف', () => {
  expectRule(foldAlef, 'fold-alef.ts', 'الأميركية', 'الاميركية');
  expectRule(foldAlef, 'fold-alef.ts', 'إعلان', 'اعلان');
  expectRule(foldAlef, 'fold-alef.ts', 'آلاف', 'الاف');
  expectRule(foldAlef, 'fold-alef.ts', 'ٱلرحمن', 'الرحمن');
});

test('alef maksura folds to yeh: بنغازى → بنغازي', () => {
  expectRule(foldAlefMaksura, 'fold-alef-maksura.ts', 'بنغازى', 'بنغازي');
  expectRule(foldAlefMaksura, 'fold-alef-maksura.ts', 'مستشفى', 'مستشفي');
});

test('teh marbuta folds to heh: مدرسة → مدرسه', () => {
  expectRule(foldTehMarbuta, 'fold-teh-marbuta.ts', 'مدرسة', 'مدرسه');
  expectRule(foldTehMarbuta, 'fold-teh-marbuta.ts', 'حكومة الوفاق', 'حكومه الوفاق');
});

test('hamza on waw and yeh folds to bare hamza: مسؤول and مسئول → مسءول', () => {
  expectRule(foldHamzaCarriers, 'fold-hamza-carriers.ts', 'مسؤول', 'مسءول');
  expectRule(foldHamzaCarriers, 'fold-hamza-carriers.ts', 'مسئول', 'مسءول');
  expectRule(foldHamzaCarriers, 'fold-hamza-carriers.ts', 'رئيس', 'رءيس');
});

test('arabic-indic and persian digits fold to ascii: ٢٠١٥ → 2015, ۱۳۹۴ → 1394', () => {
  expectRule(foldDigits, 'fold-digits.ts', '٢٠١٥', '2015');
  expectRule(foldDigits, 'fold-digits.ts', '۱۳۹۴', '1394');
  expectRule(foldDigits, 'fold-digits.ts', 'عام 2015', 'عام 2015');
});

test('decimal digits of other scripts fold to ascii too: ០១២៣ → 0123, २०१५ ２０１５ 𝟐𝟎𝟏𝟓 → 2015', () => {
  expectRule(foldDigits, 'fold-digits.ts', '០១២៣', '0123');
  expectRule(foldDigits, 'fold-digits.ts', '२०१५', '2015');
  expectRule(foldDigits, 'fold-digits.ts', '２０１５', '2015');
  expectRule(foldDigits, 'fold-digits.ts', '𝟐𝟎𝟏𝟓 𝟗', '2015 9');
});

test('arabic number signs fold to ascii: ٣٫٥٪ → ٣.٥%', () => {
  expectRule(foldNumberSigns, 'fold-number-signs.ts', '٣٫٥٪', '٣.٥%');
  expectRule(foldNumberSigns, 'fold-number-signs.ts', '١٬٠٠٠', '١,٠٠٠');
});
