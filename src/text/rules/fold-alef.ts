// Hamza on or under alef, madda and wasla are very often left out in news text (الأميركية and
// الاميركية both occur), so every alef variant folds to bare alef.
export const ALEF = '\u0627';
export const ALEF_MADDA_ABOVE = '\u0622';
export const ALEF_HAMZA_ABOVE = '\u0623';
export const ALEF_HAMZA_BELOW = '\u0625';
export const ALEF_WASLA = '\u0671';
export const ALEF_WAVY_HAMZA_ABOVE = '\u0672';
export const ALEF_WAVY_HAMZA_BELOW = '\u0673';
export const HIGH_HAMZA_ALEF = '\u0675';

const ALEF_VARIANTS = new Set([
  ALEF_MADDA_ABOVE, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA,
  ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW, HIGH_HAMZA_ALEF,
]);

export function foldAlef(ch: string): string {
  return ALEF_VARIANTS.has(ch) ? ALEF : ch;
}
