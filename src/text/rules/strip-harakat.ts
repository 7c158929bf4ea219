// Harakat (short vowels, shadda, sukun, tanween), the superscript (dagger) alef and the Quranic
// annotation marks are pronunciation aids that outlets use inconsistently: السّرّاج and السراج are
// the same name, so search drops them. Hamza/madda written as combining marks (U+0653–U+0655) are
// dropped too, which agrees with folding أ/إ/آ to bare alef.
export const FATHATAN = 0x064b;
export const SUKUN = 0x0652;
export const LAST_ARABIC_COMBINING_MARK = 0x065f;
export const SUPERSCRIPT_ALEF = 0x0670;
export const FIRST_QURANIC_MARK = 0x06d6;
export const LAST_QURANIC_MARK = 0x06ed;
export const QURANIC_END_OF_AYAH = 0x06dd;
export const QURANIC_PLACE_OF_SAJDAH = 0x06e9;

export function isHarakah(code: number): boolean {
  if (code >= FATHATAN && code <= LAST_ARABIC_COMBINING_MARK) return true;
  if (code === SUPERSCRIPT_ALEF) return true;
  // U+06DD and U+06E9 are visible symbols, not marks on a letter: keep them.
  return code >= FIRST_QURANIC_MARK && code <= LAST_QURANIC_MARK &&
    code !== QURANIC_END_OF_AYAH && code !== QURANIC_PLACE_OF_SAJDAH;
}

export function stripHarakat(ch: string): string {
  return ch.length === 1 && isHarakah(ch.charCodeAt(0)) ? '' : ch;
}
