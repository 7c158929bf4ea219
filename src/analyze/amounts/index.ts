// Amounts: money with its currency ("635 مليون دولار" → 635000000 USD) and percentages
// ("20 في المئة" → 20, unit percent). Pure function over display text; offsets are UTF-16
// indices into it. A number with neither a currency nor a percent sign is not an amount.
import type { AmountMention } from '../../core/types.ts';
import { foldForSearch } from '../../text/index.ts';
import { tokenize, type Token } from './tokens.ts';
import { readQuantity, startsQuantity, type Quantity } from './numbers.ts';
import { CURRENCY_WORDS, CURRENCY_SIGNS, BEFORE_CURRENCY, type CurrencyWord } from './currencies.ts';
import { PERCENT_WORDS, PERCENT_SIGNS } from './number-words.ts';

export { readQuantity, parseNumeral, startsQuantity } from './numbers.ts';
export { tokenize } from './tokens.ts';

const CURRENCY_BY_FORM = new Map<string, CurrencyWord>();
for (const currency of CURRENCY_WORDS) for (const form of currency.forms) CURRENCY_BY_FORM.set(foldForSearch(form), currency);
const BEFORE_CURRENCY_SET = new Set(BEFORE_CURRENCY.map(foldForSearch));
const PERCENT_PHRASES = PERCENT_WORDS.map((phrase) => phrase.split(' ').map(foldForSearch));
const PERCENT_SIGN_SET = new Set(PERCENT_SIGNS.map(foldForSearch));
/** How many words on each side of a dinar or a lira the sentence is searched for its country. */
const COUNTRY_WINDOW = 15;
const SENTENCE_END = /[.!?؟\n]/u;

export function findAmounts(text: string): AmountMention[] {
  const tokens = tokenize(text);
  const amounts: AmountMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsQuantity(tokens[i]) || followsNumber(tokens, i)) continue;
    const quantity = readQuantity(tokens, i);
    if (!quantity) continue;
    const amount = percentAfter(text, tokens, quantity) ?? moneyAround(text, tokens, quantity);
    if (!amount) continue;
    amounts.push(amount);
    while (i + 1 < tokens.length && tokens[i + 1].start < amount.end) i++;
  }
  return amounts;
}

/** "(69,965,144) مليون ريال": a scale word right after a number belongs to that number, not to a new one. */
function followsNumber(tokens: Token[], i: number): boolean {
  if (tokens[i].kind === 'number') return false;
  const before = tokens[i - 1];
  const beforeThat = tokens[i - 2];
  return before !== undefined && (before.kind === 'number' || (before.text === ')' && beforeThat?.kind === 'number'));
}

function mention(text: string, start: number, end: number, value: number, extra: Partial<AmountMention>): AmountMention {
  return { text: text.slice(start, end), start, end, value, ...extra };
}

function approximate(quantity: Quantity): Partial<AmountMention> {
  return quantity.approximate ? { approximate: true } : {};
}

/** 20%, ٢٠٪, 20 في المئة, 20 بالمائة. */
function percentAfter(text: string, tokens: Token[], quantity: Quantity): AmountMention | undefined {
  const next = tokens[quantity.endToken];
  if (!next || next.newlineBefore) return undefined;
  const start = quantity.start;
  if (PERCENT_SIGN_SET.has(next.fold)) return mention(text, start, next.end, quantity.value, { unit: 'percent', ...approximate(quantity) });
  for (const phrase of PERCENT_PHRASES) {
    if (phrase.every((word, k) => tokens[quantity.endToken + k]?.fold === word)) {
      const last = tokens[quantity.endToken + phrase.length - 1];
      return mention(text, start, last.end, quantity.value, { unit: 'percent', ...approximate(quantity) });
    }
  }
  return undefined;
}

/** "635 مليون دولار", "ملايين من الدولارات", "دينار كويتي", "$635". */
function moneyAround(text: string, tokens: Token[], quantity: Quantity): AmountMention | undefined {
  const start = quantity.start;
  let k = quantity.endToken;
  if (tokens[k] && BEFORE_CURRENCY_SET.has(tokens[k].fold)) k++;
  const word = tokens[k];
  if (word && !word.newlineBefore) {
    const currency = CURRENCY_BY_FORM.get(word.fold);
    if (currency) {
      const qualifier = countryAfter(tokens, k + 1, currency);
      const end = qualifier ? tokens[k + 1].end : word.end;
      const code = qualifier ?? countryInSentence(text, tokens, k, currency) ?? currency.code;
      return mention(text, start, end, quantity.value, { currency: code, ...approximate(quantity) });
    }
    const sign = CURRENCY_SIGNS.get(word.text);
    if (sign && k === quantity.endToken) return mention(text, start, word.end, quantity.value, { currency: sign, ...approximate(quantity) });
  }
  const before = tokens[quantity.firstToken - 1];
  const sign = before ? CURRENCY_SIGNS.get(before.text) : undefined;
  if (sign && !tokens[quantity.firstToken].spaceBefore) {
    return mention(text, before!.start, tokens[quantity.endToken - 1].end, quantity.value, { currency: sign, ...approximate(quantity) });
  }
  return undefined;
}

/** The code a country adjective right after the currency gives: "دينار كويتي", "جنيه إسترليني". */
function countryAfter(tokens: Token[], k: number, currency: CurrencyWord): string | undefined {
  const next = tokens[k];
  if (!next || next.newlineBefore || !currency.countries) return undefined;
  for (const country of currency.countries) {
    if (country.words.some((word) => foldForSearch(word) === next.fold)) return country.code;
  }
  return undefined;
}

/** For a currency with no safe default (dinar, lira): a country named in the same sentence. */
function countryInSentence(text: string, tokens: Token[], k: number, currency: CurrencyWord): string | undefined {
  if (!currency.countries || /^[A-Z]{3}$/u.test(currency.code)) return undefined;
  const words = new Map<string, string>();
  for (const country of currency.countries) for (const word of country.words) words.set(foldForSearch(word), country.code);
  for (const step of [-1, 1]) {
    for (let d = 1; d <= COUNTRY_WINDOW; d++) {
      const token = tokens[k + step * d];
      if (!token) break;
      if (token.kind === 'punct' && SENTENCE_END.test(token.text)) break;
      const code = words.get(token.fold) ?? words.get(token.fold.replace(/^(ال|وال|بال|لل|و|ب|ل|في)/u, ''));
      if (code) return code;
      if (step === 1 && token.newlineBefore) break;
      if (step === -1 && tokens[k + step * d + 1]?.newlineBefore) break;
    }
  }
  return undefined;
}
