// Display text drops the invisible controls that carry no text: the byte-order mark / zero-width
// no-break space and the word joiner, and every bidi control (marks, embeddings, overrides,
// isolates). Copied from web pages, they split words for search and can reorder a line in the
// reader's layout; our RTL pages set direction themselves. ZWNJ and ZWJ are NOT removed here: they
// change how letters join (Persian words, emoji sequences), so display keeps them (search drops them).
export const ZERO_WIDTH_NO_BREAK_SPACE = 0xfeff; // also the byte-order mark
export const WORD_JOINER = 0x2060;
export const ARABIC_LETTER_MARK = 0x061c;
export const LEFT_TO_RIGHT_MARK = 0x200e;
export const RIGHT_TO_LEFT_MARK = 0x200f;
export const LEFT_TO_RIGHT_EMBEDDING = 0x202a;
export const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
export const LEFT_TO_RIGHT_ISOLATE = 0x2066;
export const POP_DIRECTIONAL_ISOLATE = 0x2069;

export function isInvisibleControl(code: number): boolean {
  return code === ZERO_WIDTH_NO_BREAK_SPACE || code === WORD_JOINER || code === ARABIC_LETTER_MARK ||
    code === LEFT_TO_RIGHT_MARK || code === RIGHT_TO_LEFT_MARK ||
    (code >= LEFT_TO_RIGHT_EMBEDDING && code <= RIGHT_TO_LEFT_OVERRIDE) ||
    (code >= LEFT_TO_RIGHT_ISOLATE && code <= POP_DIRECTIONAL_ISOLATE);
}

export function removeInvisibleControls(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisibleControl(text.charCodeAt(i))) continue;
    out += text.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
