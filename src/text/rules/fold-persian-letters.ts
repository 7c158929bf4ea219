// Persian/Urdu code points that render like Arabic letters turn up in copied text
// (keyboards set to Persian): keheh ک for kaf, farsi yeh ی for yeh, heh doachashmee ھ and
// heh goal ہ for heh. They fold to the Arabic letters so the words match.
export const KAF = '\u0643';
export const KEHEH = '\u06a9';
export const YEH = '\u064a';
export const FARSI_YEH = '\u06cc';
export const HEH = '\u0647';
export const HEH_DOACHASHMEE = '\u06be';
export const HEH_GOAL = '\u06c1';
export const TEH_MARBUTA = '\u0629';
export const TEH_MARBUTA_GOAL = '\u06c3';

const PERSIAN_TO_ARABIC = new Map([
  [KEHEH, KAF], [FARSI_YEH, YEH], [HEH_DOACHASHMEE, HEH], [HEH_GOAL, HEH], [TEH_MARBUTA_GOAL, TEH_MARBUTA],
]);

export function foldPersianLetters(ch: string): string {
  return PERSIAN_TO_ARABIC.get(ch) ?? ch;
}
