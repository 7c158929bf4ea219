// Word forms the tagger and the name resolver compare. Display text is never changed here: these
// functions make keys, and every span still points into the text the outlet wrote.

const TATWEEL = '\u0640';
const ALEF = '\u0627';
const YEH = '\u064A';
const HEH = '\u0647';

/** Harakat, Quranic marks and tatweel: they change no name. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Folding as in the search profile: أإآٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, marks out, Arabic-Indic digits → 0-9. */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    switch (code) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: out += ALEF; break;
      case 0x0649: case 0x0626: out += YEH; break;
      case 0x0629: out += HEH; break;
      case 0x0624: out += '\u0648'; break;
      default:
        if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(code - 0x0660 + 48);
        else if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(code - 0x06f0 + 48);
        else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
        else out += word[i];
    }
  }
  return out;
}

export function stripMarks(text: string): string {
  return text.replace(MARKS, '').split(TATWEEL).join('');
}

export function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || code === 0x06c1 || code === 0x06cc;
}

export interface CliticSplit {
  /** What was taken off the front: '', 'و', 'وب', 'ال', 'وال', 'لل'… (folded). */
  prefix: string;
  /** The word without proclitics and without the article. */
  core: string;
  /** Whether the word carried the definite article (ال, or the لل of ل + ال). */
  definite: boolean;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];

/**
 * Proclitics off a folded word: conjunction, preposition, article. Each cut leaves at least
 * three letters (two after the article), so short names such as وليد or بيل keep their first letter
 * as the core the clusters and the lexicon see; the full form is always a feature too.
 * A leading و or ف stays when the corpus knows the whole word at least as well as what is left
 * (`frequencyOf`: lexicon buckets): فيصل is a name, not ف + يصل; وزير is not و + زير.
 */
export function splitClitics(folded: string, frequencyOf: (word: string) => number = () => 0): CliticSplit {
  let rest = folded;
  let prefix = '';
  if (rest.length > 3 && CONJUNCTIONS.includes(rest[0])) {
    const whole = frequencyOf(rest);
    if (whole === 0 || frequencyOf(rest.slice(1)) > whole) { prefix += rest[0]; rest = rest.slice(1); }
  }
  if (rest.startsWith('لل') && rest.length > 4) {
    return { prefix: prefix + 'لل', core: rest.slice(2), definite: true };
  }
  if (rest.length > 3 && PREPOSITIONS.includes(rest[0]) && rest.startsWith('ال', 1)) { prefix += rest[0]; rest = rest.slice(1); }
  if (rest.startsWith('ال') && rest.length > 3) {
    return { prefix: prefix + 'ال', core: rest.slice(2), definite: true };
  }
  return { prefix, core: rest, definite: false };
}
