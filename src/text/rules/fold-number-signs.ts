// The Arabic decimal separator, thousands separator and percent sign fold to their ASCII
// counterparts, so ٣٫٥ searches like 3.5 once the digits are folded too.
export const ARABIC_DECIMAL_SEPARATOR = '\u066b';
export const ARABIC_THOUSANDS_SEPARATOR = '\u066c';
export const ARABIC_PERCENT_SIGN = '\u066a';

export function foldNumberSigns(ch: string): string {
  if (ch === ARABIC_DECIMAL_SEPARATOR) return '.';
  if (ch === ARABIC_THOUSANDS_SEPARATOR) return ',';
  if (ch === ARABIC_PERCENT_SIGN) return '%';
  return ch;
}
