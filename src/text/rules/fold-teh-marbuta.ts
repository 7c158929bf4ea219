// Final ة is often typed as ه (مدرسة / مدرسه), so teh marbuta folds to heh.
export const TEH_MARBUTA = '\u0629';
export const HEH = '\u0647';

export function foldTehMarbuta(ch: string): string {
  return ch === TEH_MARBUTA ? HEH : ch;
}
