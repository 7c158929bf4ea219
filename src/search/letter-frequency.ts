// Letters of folded Arabic news text, most frequent first: ا alone is 18% of letters, ل 12%, ي 8%,
// down to ض at 0.7%. Counted over every fifteenth SaudiNewsNet article in the search profile.
// Only the snippet's speed depends on this order (hit-words.ts tests a word for a key's least
// common letter), never which words it marks.
export const COMMON_LETTERS_MOST_FIRST: readonly string[] = [
  'ا', 'ل', 'ي', 'م', 'ه', 'و', 'ن', 'ت', 'ر', 'ب', 'ع', 'د', 'ف', 'س', 'ق', 'ك', 'ح', 'ج', 'ش', 'ط', 'ص', 'ء', 'خ', 'ض',
];
