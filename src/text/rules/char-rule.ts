// A search-profile rule maps ONE character (a UTF-16 code unit, or a whole surrogate pair) to its
// replacement: itself when untouched, '' when dropped, several characters when it expands
// (a presentation-form ligature). Keeping rules per character is what lets profiles.ts build a
// lookup table from them once, so the rules stay the single source of truth for the fast path.
export type CharRule = (ch: string) => string;

/** Applies one rule to every character of a string; used by tests and the slow path. */
export function applyCharRule(rule: CharRule, text: string): string {
  let out = '';
  for (const ch of text) out += rule(ch);
  return out;
}
