// Arabic-Indic (٠–٩) and Persian (۰–۹) digits fold to ASCII so ٢٠١٥ and 2015 are one term.
export const ARABIC_INDIC_ZERO = 0x0660;
export const ARABIC_INDIC_NINE = 0x0669;
export const PERSIAN_ZERO = 0x06f0;
export const PERSIAN_NINE = 0x06f9;
export const ASCII_ZERO = 0x30;

export function foldDigits(ch: string): string {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_NINE) return String.fromCharCode(ASCII_ZERO + code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_NINE) return String.fromCharCode(ASCII_ZERO + code - PERSIAN_ZERO);
  return ch;
}
