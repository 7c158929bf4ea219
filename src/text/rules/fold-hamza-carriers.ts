// Hamza on waw and on yeh fold to the bare hamza ء, not to و / ي.
// Why: both seats are accepted spellings of the same word (مسؤول / مسئول, شؤون / شئون,
// يقرؤون / يقرئون); folding each seat to its own carrier letter would keep them apart
// (مسوول ≠ مسيول), folding both to ء makes them meet. Writers rarely drop these hamzas
// altogether, unlike the hamza on alef, so nothing is lost by keeping the hamza itself.
export const HAMZA = '\u0621';
export const WAW_HAMZA_ABOVE = '\u0624';
export const YEH_HAMZA_ABOVE = '\u0626';

export function foldHamzaCarriers(ch: string): string {
  return ch === WAW_HAMZA_ABOVE || ch === YEH_HAMZA_ABOVE ? HAMZA : ch;
}
