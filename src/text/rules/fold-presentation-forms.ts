// Arabic presentation forms (positional glyphs and ligatures, U+FB50–U+FDFF and U+FE70–U+FEFF)
// come from PDFs and old encoders; they are the same letters, so they fold to the base letters by
// NFKC, applied to these ranges only (NFKC elsewhere would rewrite things search must keep, like
// superscripts). The lam-alef ligature ﻻ becomes لا.
export const FIRST_PRESENTATION_FORM_A = 0xfb50;
export const LAST_PRESENTATION_FORM_A = 0xfdff;
export const FIRST_PRESENTATION_FORM_B = 0xfe70;
export const LAST_PRESENTATION_FORM_B = 0xfeff;
export const BYTE_ORDER_MARK = 0xfeff;
const SPACE = ' ';

export function isPresentationForm(code: number): boolean {
  return (code >= FIRST_PRESENTATION_FORM_A && code <= LAST_PRESENTATION_FORM_A) ||
    (code >= FIRST_PRESENTATION_FORM_B && code <= LAST_PRESENTATION_FORM_B && code !== BYTE_ORDER_MARK);
}

export function foldPresentationForms(ch: string): string {
  if (ch.length !== 1 || !isPresentationForm(ch.charCodeAt(0))) return ch;
  const folded = ch.normalize('NFKC');
  // The spacing forms of isolated harakat (ﹰ = space + fathatan) would otherwise leave a space
  // inside a word; the harakat are dropped later anyway.
  return folded.length > 1 && folded[0] === SPACE ? folded.slice(1) : folded;
}
