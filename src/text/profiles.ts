// The two text profiles (STYLE.md rule 1). Display text is lossless: what the outlet wrote, with
// invisible controls out, NFC and whitespace tidied. Search text is folded character by character
// with the rules below; readers never see it.
import { type CharRule, applyCharRule } from './rules/char-rule.ts';
import { removeInvisibleControls } from './rules/remove-invisible-controls.ts';
import { normalizeWhitespace } from './rules/normalize-whitespace.ts';
import { removeSearchInvisibles } from './rules/remove-search-invisibles.ts';
import { foldPresentationForms } from './rules/fold-presentation-forms.ts';
import { lowercase } from './rules/lowercase.ts';
import { foldPersianLetters } from './rules/fold-persian-letters.ts';
import { stripHarakat } from './rules/strip-harakat.ts';
import { stripTatweel } from './rules/strip-tatweel.ts';
import { foldAlef } from './rules/fold-alef.ts';
import { foldAlefMaksura } from './rules/fold-alef-maksura.ts';
import { foldTehMarbuta } from './rules/fold-teh-marbuta.ts';
import { foldHamzaCarriers } from './rules/fold-hamza-carriers.ts';
import { foldDigits } from './rules/fold-digits.ts';
import { foldNumberSigns } from './rules/fold-number-signs.ts';

export function toDisplay(text: string): string {
  // Order matters: controls go first so NFC can compose a letter with a mark that a control
  // separated (ا + RLM + ٔ); whitespace last, because NFC never creates whitespace.
  return normalizeWhitespace(removeInvisibleControls(text).normalize('NFC'));
}

/** The search rules, in the order they apply to each character. */
export const SEARCH_RULES: readonly CharRule[] = [
  removeSearchInvisibles,
  // Presentation forms first: they expand to base letters with hamzas, ة, ى and harakat
  // that the rules after them fold.
  foldPresentationForms,
  lowercase,
  // Persian letters before teh marbuta: ۃ becomes ة, which then folds to ه.
  foldPersianLetters,
  stripHarakat,
  stripTatweel,
  foldAlef,
  foldAlefMaksura,
  foldTehMarbuta,
  foldHamzaCarriers,
  foldDigits,
  foldNumberSigns,
];

/** Folds one character (code unit or surrogate pair) through every search rule. */
export function foldCharForSearch(ch: string): string {
  let folded = ch;
  for (const rule of SEARCH_RULES) folded = applyCharRule(rule, folded);
  return folded;
}

// The fast path: one table entry per UTF-16 code unit, built from the rules at load.
const UNCHANGED = -1;
const DROPPED = -2;
const EXPANDED = -3;
const SURROGATE = -4;
const FIRST_SURROGATE = 0xd800;
const LAST_SURROGATE = 0xdfff;

function buildSearchTable(): { codes: Int32Array; expansions: Map<number, string> } {
  const codes = new Int32Array(0x10000).fill(UNCHANGED);
  const expansions = new Map<number, string>();
  for (let code = 0; code < 0x10000; code++) {
    if (code >= FIRST_SURROGATE && code <= LAST_SURROGATE) { codes[code] = SURROGATE; continue; }
    const ch = String.fromCharCode(code);
    const folded = foldCharForSearch(ch);
    if (folded === ch) continue;
    if (folded === '') codes[code] = DROPPED;
    else if (folded.length === 1) codes[code] = folded.charCodeAt(0);
    else { codes[code] = EXPANDED; expansions.set(code, folded); }
  }
  return { codes, expansions };
}

const SEARCH_TABLE = buildSearchTable();

export function foldForSearch(text: string): string {
  return foldRangeForSearch(text, 0, text.length);
}

/** foldForSearch(text.slice(start, end)) without the intermediate slice: the term analyser's hot path. */
export function foldRangeForSearch(text: string, start: number, end: number): string {
  const codes = SEARCH_TABLE.codes;
  let out = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    const mapped = codes[text.charCodeAt(i)];
    if (mapped === UNCHANGED) continue;
    let replacement: string;
    let width = 1;
    if (mapped >= 0) replacement = String.fromCharCode(mapped);
    else if (mapped === DROPPED) replacement = '';
    else if (mapped === EXPANDED) replacement = SEARCH_TABLE.expansions.get(text.charCodeAt(i))!;
    else {
      // A surrogate pair is one character: fold it whole (rare, so the rules run directly).
      const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      width = next >= 0xdc00 && next <= LAST_SURROGATE && text.charCodeAt(i) < 0xdc00 ? 2 : 1;
      const ch = text.slice(i, i + width);
      replacement = foldCharForSearch(ch);
      if (replacement === ch) { i += width - 1; continue; }
    }
    out += text.slice(runStart, i) + replacement;
    i += width - 1;
    runStart = i + 1;
  }
  if (runStart === start) return start === 0 && end === text.length ? text : text.slice(start, end);
  return out + text.slice(runStart, end);
}
