// Reads a number written in digits, in words, or both: "635", "١٬٢٠٠", "٦٣٥٫٥", "9ر10",
// "ثلاثة ملايين", "مليار و200 مليون", "مليون ونصف المليون", "عشرات الملايين", "واحدا وعشرين ألفا".
import { foldForSearch } from '../../text/index.ts';
import type { Token } from './tokens.ts';
import { withoutConjunction } from './tokens.ts';
import { NUMBER_WORDS, SCALE_WORDS, FRACTION_WORDS, APPROXIMATE_WORDS, PLURAL_SCALES, REVERSED_DECIMAL_LETTER } from './number-words.ts';

export interface Quantity {
  value: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  approximate: boolean;
  /** Where the number starts in the text: after a preposition written on its first word (بثلاثة). */
  start: number;
}

// Prepositions written on a number word: "بثلاثة ملايين", "بعشرات", "لخمسة".
const WORD_PREFIXES = ['وب', 'ب', 'ل', 'ك', 'و'];

/** The number word inside a word that carries a preposition, with the prefix's length. */
function withoutPrefix(fold: string): { word: string; prefix: number } {
  if (isNumberVocabulary(fold)) return { word: fold, prefix: 0 };
  for (const prefix of WORD_PREFIXES) {
    if (fold.length - prefix.length >= 3 && fold.startsWith(prefix) && isNumberVocabulary(fold.slice(prefix.length))) {
      return { word: fold.slice(prefix.length), prefix: prefix.length };
    }
  }
  return { word: fold, prefix: 0 };
}

function isNumberVocabulary(fold: string): boolean {
  return NUMBERS.has(fold) || lookUp(SCALES, fold) !== undefined || FRACTIONS.has(fold) || APPROXIMATE.has(fold);
}

const foldMap = <T>(map: ReadonlyMap<string, T>): Map<string, T> => new Map([...map].map(([word, value]) => [foldForSearch(word), value]));
const NUMBERS = foldMap(NUMBER_WORDS);
const SCALES = foldMap(SCALE_WORDS);
const FRACTIONS = foldMap(FRACTION_WORDS);
const APPROXIMATE = foldMap(APPROXIMATE_WORDS);
const PLURAL_SCALE_SET = new Set(PLURAL_SCALES.map(foldForSearch));
const ARTICLE = 'ال';

/** A word of the number vocabulary, also with the article (الملايين) or the conjunction (وعشرين). */
function lookUp<T>(map: Map<string, T>, fold: string): T | undefined {
  return map.get(fold) ?? (fold.startsWith(ARTICLE) ? map.get(fold.slice(ARTICLE.length)) : undefined);
}

/** Parses digits already folded to ASCII: 1,200 and 1.200.000 group thousands, 635.5 and 2,5 are decimals. */
export function parseNumeral(fold: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(fold)) return Number(fold.replaceAll(',', ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/u.test(fold)) return Number(fold.replaceAll('.', ''));
  if (/^\d+\.\d+$/u.test(fold)) return Number(fold);
  if (/^\d+,\d{1,2}$/u.test(fold)) return Number(fold.replace(',', '.'));
  if (/^\d+$/u.test(fold)) return Number(fold);
  return undefined;
}

/** The numeral at token i, with "9ر10" read as 10.9; returns its value and the next token. */
function readNumeral(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const value = parseNumeral(tokens[i].fold);
  if (value === undefined) return undefined;
  const letter = tokens[i + 1];
  const after = tokens[i + 2];
  if (letter && after && letter.fold === REVERSED_DECIMAL_LETTER && !letter.spaceBefore && !after.spaceBefore && after.kind === 'number' && /^\d+$/u.test(tokens[i].fold)) {
    const whole = parseNumeral(after.fold);
    if (whole !== undefined) return { value: Number(`${whole}.${tokens[i].fold}`), next: i + 3 };
  }
  return { value, next: i + 1 };
}

/** True when a number can start at this token. */
export function startsQuantity(token: Token): boolean {
  if (token.kind === 'number') return parseNumeral(token.fold) !== undefined;
  if (token.kind !== 'word') return false;
  return isNumberVocabulary(withoutPrefix(token.fold).word);
}

export function readQuantity(tokens: Token[], first: number): Quantity | undefined {
  let total = 0;
  let current = 0;
  let lastScale = 0;
  let approximate = false;
  let any = false;
  let j = first;
  while (j < tokens.length) {
    const token = tokens[j];
    if (j > first && token.newlineBefore) break;
    // After the first element, a new element joins with و ("مليار و200 مليون", "وعشرين") or is a
    // scale or hundred right after a number ("635 مليون", "ثلاث مائة").
    let joined = j === first;
    let fold = j === first ? withoutPrefix(token.fold).word : token.fold;
    if (!joined && token.kind === 'word' && fold === 'و' && tokens[j + 1] && !tokens[j + 1].newlineBefore) {
      j++;
      joined = true;
      fold = tokens[j].fold;
    } else if (!joined && token.kind === 'word' && fold.startsWith('و') && fold.length > 2) {
      fold = withoutConjunction(fold);
      joined = true;
    }
    const element = tokens[j];
    if (element.kind === 'number') {
      if (!joined) break;
      const numeral = readNumeral(tokens, j);
      if (!numeral) break;
      current += numeral.value;
      any = true;
      j = numeral.next;
      continue;
    }
    if (element.kind !== 'word') break;
    const unit = NUMBERS.get(fold);
    if (unit !== undefined && (joined || (unit === 100 && current > 0 && current < 10))) {
      current = unit === 100 && current > 0 && current < 10 ? current * 100 : current + unit;
      any = true;
      j++;
      continue;
    }
    const scale = lookUp(SCALES, fold);
    if (scale !== undefined && (joined || any)) {
      if (scale.value <= lastScale && current === 0) break;
      let multiplier = current;
      if (multiplier === 0) {
        multiplier = scale.count ?? 1;
        if (PLURAL_SCALE_SET.has(fold) || PLURAL_SCALE_SET.has(fold.slice(ARTICLE.length))) approximate = true;
      } else if (scale.count) multiplier *= scale.count;
      total += multiplier * scale.value;
      current = 0;
      lastScale = scale.value;
      any = true;
      j++;
      continue;
    }
    const fraction = FRACTIONS.get(fold);
    if (fraction !== undefined) {
      if (j === first) {
        // "نصف مليون": the fraction multiplies the scale that follows.
        const next = tokens[j + 1] ? lookUp(SCALES, tokens[j + 1].fold) : undefined;
        if (!next) break;
        total += fraction * next.value;
        lastScale = next.value;
        any = true;
        j += 2;
        continue;
      }
      if (!joined || lastScale === 0) break;
      // "مليون ونصف" and "مليون ونصف المليون": half of the last scale.
      total += fraction * lastScale;
      j++;
      if (tokens[j] && lookUp(SCALES, tokens[j].fold)?.value === lastScale) j++;
      continue;
    }
    const approximateValue = APPROXIMATE.get(fold);
    if (approximateValue !== undefined && j === first) {
      current = approximateValue;
      approximate = true;
      any = true;
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  // A trailing "و" that joined nothing is not part of the number.
  let end = j;
  while (end > first + 1 && tokens[end - 1].fold === 'و') end--;
  const prefix = tokens[first].kind === 'word' ? withoutPrefix(tokens[first].fold).prefix : 0;
  return { value: total + current, firstToken: first, endToken: end, approximate, start: tokens[first].start + prefix };
}
