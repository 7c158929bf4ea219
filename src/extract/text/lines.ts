// Display text → lines, one paragraph each. Some scrapers hard-wrap paragraphs at a fixed width
// (`… نسبة البطالة بين الشباب في \n الفئة العمرية …`); such a text is recognised as a whole — most of its
// long lines stop without closing punctuation — and its broken lines are joined again. A normal
// text is left alone: its headline and labels also lack punctuation, but its body lines have it.
import { countWords } from './match.ts';

const LONG_LINE_MIN_WORDS = 8;
const WRAPPED_MIN_LONG_LINES = 4;
const WRAPPED_OPEN_SHARE = 0.6;
// Characters that may close a paragraph: sentence marks, closing quotes and brackets.
const PARAGRAPH_CLOSE = /[.!؟?:؛;»"”')\]…]$/;

export function toLines(display: string): string[] {
  return display.split('\n').filter((line) => line.length > 0);
}

function isOpenLongLine(line: string): boolean {
  return !PARAGRAPH_CLOSE.test(line) && countWords(line) >= LONG_LINE_MIN_WORDS;
}

/** Joins the lines of a hard-wrapped text back into paragraphs; returns other texts unchanged. */
export function joinWrappedLines(lines: string[]): { lines: string[]; joined: boolean } {
  let long = 0;
  let open = 0;
  for (const line of lines) {
    if (countWords(line) < LONG_LINE_MIN_WORDS) continue;
    long++;
    if (!PARAGRAPH_CLOSE.test(line)) open++;
  }
  if (long < WRAPPED_MIN_LONG_LINES || open / long < WRAPPED_OPEN_SHARE) return { lines, joined: false };
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && isOpenLongLine(joined[last])) joined[last] = `${joined[last]} ${line}`;
    else joined.push(line);
  }
  return { lines: joined, joined: true };
}
