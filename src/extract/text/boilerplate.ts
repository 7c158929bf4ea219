// Site furniture around and inside a scraped page: navigation words at the top, share and
// "back to top" buttons anywhere, the related-articles block and everything after it, and the
// footer lines (follow us, copyright, tags, "link to this story", wire end marks) at the end.
import type { Diagnostic } from '../../core/types.ts';
import { type Lexicon, countWords, firstWordKey, matchKey, startsWithWords } from './match.ts';

// Lines longer than this are prose: they are never compared against the furniture lists,
// which keeps the cost per article to the few short lines a page has.
const SHORT_LINE_CHARS = 60;
// `اقرأ أيضا: <a linked headline>` on one line.
const INLINE_LINK_MAX_CHARS = 160;
const INLINE_FOOTER_WINDOW_CHARS = 400;
const FOOTER_LINE_MAX_WORDS = 30;
const MARKER_LINE_MAX_WORDS = 20;
const CONTACT_LINE_MAX_WORDS = 10;
const CODE_LINE_MAX_WORDS = 5;
const CODE_LINE_MIN_DIGITS = 5;
// A "read also" header followed by this much prose is inside the story, not at its end.
const PROSE_LINE_MIN_WORDS = 20;
const PROSE_LINES_AFTER_INLINE_HEADER = 2;
const MAX_TRAILING_PASSES = 12;
const SHARE_BAR_MIN_WORDS = 3;
const TOP_LINES = 3;

const EMAIL_OR_URL = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|www\.\S+/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9٠-٩۰-۹]/g;
// Wire copy closes with `// انتهى //` and a time stamp such as `20:26 ت م`.
const WIRE_END = /^[\s/\\-]*انتهي[\s/\\-]*$/;
const TIME_STAMP = /^[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?:\s*(?:ت م|ت غ|GMT|ص|م|am|pm))?$/i;
// Where a sentence ends inside a paragraph; the footer glued after it starts there.
const SENTENCE_END = /[.!؟?»"”]\s+/g;

function isShort(line: string): boolean {
  return line.length <= SHORT_LINE_CHARS;
}

function isFurniture(line: string, lexicon: Lexicon): boolean {
  if (!LETTER_OR_DIGIT.test(line)) return true;
  return isShort(line) && lexicon.boilerplateLines.has(matchKey(line));
}

/** `Next Previous عين اليوم – واس` → `عين اليوم – واس`: pager words a scraper kept at the top. */
function stripNavigationPrefix(line: string, lexicon: Lexicon): string {
  let rest = line;
  for (let space = rest.indexOf(' '); space > 0; space = rest.indexOf(' ')) {
    if (!lexicon.navigationWords.has(matchKey(rest.slice(0, space)))) break;
    rest = rest.slice(space + 1);
  }
  return rest;
}

/** `شارك عبر تويتر فيسبوك واتساب اكتب رأيك أكد …` → `أكد …`: a share bar glued to the lede.
 *  Words are taken one or two at a time while they belong to a share bar; at least three must,
 *  one of them a social network, or nothing is cut. */
function stripShareBar(line: string, lexicon: Lexicon): string {
  // Word by word from the start, without splitting the whole (often long) line.
  const wordEnd = (from: number): number => { const space = line.indexOf(' ', from); return space < 0 ? line.length : space; };
  let position = 0;
  let taken = 0;
  let network = false;
  while (position < line.length) {
    const first = wordEnd(position);
    const single = matchKey(line.slice(position, first));
    if (!lexicon.shareBarFirstWords.has(single)) break;
    const second = first < line.length ? wordEnd(first + 1) : first;
    const pair = second > first ? matchKey(line.slice(position, second)) : '';
    if (pair && lexicon.shareBarWords.has(pair)) { network ||= lexicon.socialNetworks.has(pair); taken += 2; position = second + 1; continue; }
    if (!lexicon.shareBarWords.has(single)) break;
    network ||= lexicon.socialNetworks.has(single);
    taken++;
    position = first + 1;
  }
  return taken >= SHARE_BAR_MIN_WORDS && network && position < line.length ? line.slice(position) : line;
}

function isProse(line: string): boolean {
  return countWords(line) >= PROSE_LINE_MIN_WORDS;
}

/** Cuts the related-articles block and everything after it; drops inline "read also" links. */
function cutRelated(lines: string[], lexicon: Lexicon): { lines: string[]; cut: boolean } {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > INLINE_LINK_MAX_CHARS || !lexicon.headerFirstWords.has(firstWordKey(line))) continue;
    const key = matchKey(line);
    if (isShort(line) && lexicon.relatedHeaders.has(key)) return { lines: lines.slice(0, i), cut: true };
    const readAlso = lexicon.readAlsoHeaders.has(key) ? 'header'
      : lexicon.readAlsoList.some((header) => startsWithWords(key, header)) ? 'inline' : undefined;
    if (!readAlso) continue;
    // Inside the story a "read also" points at one headline (on its own line or the same one);
    // the story then goes on. At the end it opens the related block.
    const linkEnd = readAlso === 'header' ? i + 2 : i + 1;
    const proseAfter = lines.slice(linkEnd).filter(isProse).length;
    if (proseAfter >= PROSE_LINES_AFTER_INLINE_HEADER) {
      const kept = [...lines.slice(0, i), ...lines.slice(linkEnd)];
      return { lines: cutRelated(kept, lexicon).lines, cut: true };
    }
    return { lines: lines.slice(0, i), cut: true };
  }
  return { lines, cut: false };
}

function isFooterLine(line: string, lexicon: Lexicon): boolean {
  const words = countWords(line);
  if (words > FOOTER_LINE_MAX_WORDS) return false;
  const key = matchKey(line);
  if (lexicon.boilerplateLines.has(key) || lexicon.relatedHeaders.has(key) || lexicon.readAlsoHeaders.has(key)) return true;
  if (WIRE_END.test(key) || TIME_STAMP.test(line)) return true;
  if (lexicon.footerPrefixes.some((prefix) => startsWithWords(key, prefix) || (prefix === '©' && key.startsWith(prefix)))) return true;
  if (words <= MARKER_LINE_MAX_WORDS && lexicon.footerMarkers.some((marker) => key.includes(marker))) return true;
  if (words <= CONTACT_LINE_MAX_WORDS && EMAIL_OR_URL.test(line)) return true;
  return words <= CODE_LINE_MAX_WORDS && (line.match(DIGIT)?.length ?? 0) >= CODE_LINE_MIN_DIGITS;
}

/** `… بنسبة 2%. سمات الأسهم السوق المالية` → `… بنسبة 2%.`: a tag list or story link glued on. */
function cutInlineFooter(line: string, lexicon: Lexicon): string {
  // A glued footer is at most FOOTER_LINE_MAX_WORDS words: only the end of the line is searched.
  const from = Math.max(0, line.length - INLINE_FOOTER_WINDOW_CHARS);
  const ends = [...line.slice(from).matchAll(SENTENCE_END)].map((end) => ({ index: end.index + from, 0: end[0] }));
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    const cutAt = end.index + end[0].length;
    const tail = line.slice(cutAt);
    if (countWords(tail) > FOOTER_LINE_MAX_WORDS) return line;
    const key = matchKey(tail);
    if (lexicon.trailingMarkers.some((marker) => startsWithWords(key, marker))) return line.slice(0, cutAt).trimEnd();
  }
  return line;
}

/** Removes site furniture; the count of removed lines goes into one info diagnostic. */
export function removeBoilerplate(input: readonly string[], lexicon: Lexicon, diagnostics: Diagnostic[]): string[] {
  let removed = 0;
  let lines: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const line = i < TOP_LINES ? stripShareBar(stripNavigationPrefix(input[i], lexicon), lexicon) : input[i];
    if (line !== input[i]) removed++;
    if (isFurniture(line, lexicon)) removed++;
    else lines.push(line);
  }
  const related = cutRelated(lines, lexicon);
  if (related.cut) {
    removed += lines.length - related.lines.length;
    lines = related.lines;
    diagnostics.push({ code: 'extract.related_removed', severity: 'info', stage: 'extract', message: 'related-articles block removed' });
  }
  // A whole footer line goes only while a line is left; a footer glued on goes even from a single line.
  for (let pass = 0; pass < MAX_TRAILING_PASSES && lines.length > 0; pass++) {
    const last = lines[lines.length - 1];
    if (lines.length > 1 && isFooterLine(last, lexicon)) { lines.pop(); removed++; continue; }
    const cut = cutInlineFooter(last, lexicon);
    if (cut === last) break;
    lines[lines.length - 1] = cut;
    removed++;
  }
  if (removed > 0) {
    diagnostics.push({ code: 'extract.boilerplate_removed', severity: 'info', stage: 'extract', message: `${removed} boilerplate line(s) or tail(s) removed` });
  }
  return lines;
}
