// Final ى and ي are swapped freely (بنغازى / بنغازي, على / علي in Egyptian typesetting), so
// alef maksura folds to yeh. The cost: على (on) and علي (the name) meet; search accepts that.
export const ALEF_MAKSURA = '\u0649';
export const YEH = '\u064a';

export function foldAlefMaksura(ch: string): string {
  return ch === ALEF_MAKSURA ? YEH : ch;
}
