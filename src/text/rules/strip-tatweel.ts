// Tatweel (kashida) only stretches a word for layout: الـسراج is السراج.
export const TATWEEL = '\u0640';

export function stripTatweel(ch: string): string {
  return ch === TATWEEL ? '' : ch;
}
