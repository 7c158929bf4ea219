// A credit is the short run of names that says where a story was filed and by whom:
// `طرابلس-`, `القاهرة (رويترز) -`, `الرياض – واس`, `ماهر الدوسري – عين اليوم`, `سبق- أبها:`,
// `لندن: رنيم الأحمد`. It is cut into segments at dashes, colons, commas and brackets; each segment
// gets a role from the vocabulary (agency, outlet, desk, place, cue) or, when unknown, from where it
// stands next to the known ones. A credit whose segments cannot all be explained is not a credit:
// the caller keeps the text as body, because a wrong author is worse than a missing one.
import { type FoundDate, findDate } from './dates.ts';
import { type Lexicon, countWords, matchKey } from './match.ts';
import { looksLikeLonePlace, looksLikePlace, nameStrength } from './names.ts';

export type CreditMode =
  /** The start of a paragraph, up to a dash or colon (`طرابلس- دعت …`). */
  | 'prefix'
  /** A whole short line of the text (`ماهر الدوسري – عين اليوم`). */
  | 'line'
  /** A record's author field: the names in it are authors unless they are clearly not. */
  | 'field';

type Role = 'place' | 'agency' | 'outlet' | 'desk' | 'cue' | 'other-cue' | 'date' | 'label' | 'person' | 'ignored' | 'unknown';
type Separator = '-' | ':' | ',' | '/' | '(' | '';

interface Segment {
  text: string;
  key: string;
  words: number;
  paren: boolean;
  sepBefore: Separator;
  role: Role;
}

export interface Credit {
  places: string[];
  agency?: string;
  persons: string[];
  outlets: string[];
  date?: FoundDate;
}

export interface CreditContext {
  lexicon: Lexicon;
  /** The outlet the document came from (TextHints.source), as a match key. */
  outletKey?: string;
}

// A dash is a separator when it stands alone or hangs on a word (`طرابلس-`); a tatweel only when
// it stands alone (`جدة ـ فلان`), since inside a word it is elongation (أبهــا).
const LONE_TATWEEL = /(^|\s)ـ+(?=\s|$)/g;
const TOKEN = /\(([^()]*)\)|\s*([-–—]+|[:،,|/])\s*|([^-–—:،,|/()]+)/g;
const QUOTED = /^[«"“].*[»"”]$/;
const HAS_DIGIT = /[0-9٠-٩۰-۹]/;
const DEFINITE_ARTICLE = 'ال';
const CONJUNCTION_WAW = 'و';
const ZERO_WIDTH_SPACE = /\u200B/g;
const CREDIT_MAX_WORDS = 14;

function separatorOf(raw: string): Separator {
  if (raw === ':') return ':';
  if (raw === '،' || raw === ',') return ',';
  if (raw === '/' || raw === '|') return '/';
  return '-';
}

function tokenize(text: string): Segment[] {
  const segments: Segment[] = [];
  let pending: Separator = '';
  for (const match of text.replace(LONE_TATWEEL, '$1–').matchAll(TOKEN)) {
    if (match[2] !== undefined) { pending = separatorOf(match[2]); continue; }
    const paren = match[1] !== undefined;
    const raw = (paren ? match[1] : match[3]).replace(ZERO_WIDTH_SPACE, '').trim();
    if (raw.length === 0) continue;
    segments.push({ text: raw, key: matchKey(raw), words: countWords(raw), paren, sepBefore: paren && !pending ? '(' : pending, role: 'unknown' });
    pending = '';
  }
  return segments;
}

/** A segment like `بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس` holds place, date and agency. */
function splitDatedSegment(segment: Segment, context: CreditContext): Segment[] {
  const words = segment.text.split(/\s+/);
  const firstDigit = words.findIndex((word) => HAS_DIGIT.test(word));
  if (firstDigit < 0) return [segment];
  const date = findDate(segment.text, context.lexicon);
  if (!date) return [segment];
  const parts: Segment[] = [];
  const make = (text: string, role: Role, sepBefore: Separator): Segment =>
    ({ text, key: matchKey(text), words: countWords(text), paren: false, sepBefore, role });
  if (firstDigit > 0) parts.push(make(words.slice(0, firstDigit).join(' '), 'unknown', segment.sepBefore));
  let end = words.length;
  for (let take = Math.min(3, end - firstDigit - 1); take >= 1; take--) {
    const tail = words.slice(end - take).join(' ');
    if (context.lexicon.isAgency(tail)) { end -= take; parts.push(make(words.slice(firstDigit, end).join(' '), 'date', '-'), make(tail, 'agency', '-')); return parts; }
  }
  parts.push(make(words.slice(firstDigit).join(' '), 'date', '-'));
  return parts;
}

function classify(segment: Segment, context: CreditContext): void {
  const { lexicon } = context;
  const key = segment.key;
  if (QUOTED.test(segment.text)) segment.role = 'outlet';
  else if (lexicon.isAgency(segment.text)) segment.role = 'agency';
  else if (lexicon.desks.has(key)) segment.role = 'desk';
  else if (lexicon.outlets.has(key) || key === context.outletKey || key.startsWith('مكتب ')) segment.role = 'outlet';
  else if (lexicon.places.has(key)) segment.role = 'place';
  else if (lexicon.authorCues.has(key)) segment.role = 'cue';
  else if (lexicon.otherCues.has(key)) segment.role = 'other-cue';
  else if (lexicon.ledeLabels.has(key) || isSectionName(key, lexicon)) segment.role = 'label';
  else if (segment.words > 1 && segment.words <= 3) segment.role = compoundCueRole(key, lexicon);
}

/** `المحليات`, `الاقتصاد`: a desk or section name standing in a credit. */
function isSectionName(key: string, lexicon: Lexicon): boolean {
  return lexicon.sections.has(key) || (key.startsWith(DEFINITE_ARTICLE) && lexicon.sections.has(key.slice(DEFINITE_ARTICLE.length)));
}

/** `استطلاع وتصوير`, `إعداد ومتابعة`: cues joined by و are one cue. */
function compoundCueRole(key: string, lexicon: Lexicon): Role {
  const words = key.split(' ');
  const isCue = (word: string, index: number): boolean => {
    const bare = index > 0 && word.startsWith(CONJUNCTION_WAW) ? word.slice(1) : word;
    return lexicon.authorCues.has(bare) || lexicon.otherCues.has(bare);
  };
  if (!words.every(isCue)) return 'unknown';
  return lexicon.authorCues.has(words[0]) ? 'cue' : 'other-cue';
}

/** `بقلم عبدالعزيز الحمدان` and `تصوير صالح المري` carry their cue inside the segment. */
function splitLeadingCue(segment: Segment, context: CreditContext): Segment[] {
  const space = segment.key.indexOf(' ');
  if (space < 0 || segment.role !== 'unknown') return [segment];
  const firstWord = segment.key.slice(0, space);
  const cueRole: Role | undefined = context.lexicon.authorCues.has(firstWord) ? 'cue'
    : context.lexicon.otherCues.has(firstWord) ? 'other-cue' : undefined;
  if (!cueRole || segment.words < 3) return [segment];
  const rest = segment.text.slice(segment.text.search(/\s/) + 1).trim();
  const cue: Segment = { ...segment, text: segment.text.slice(0, segment.text.length - rest.length).trim(), key: firstWord, words: 1, role: cueRole };
  return [cue, { text: rest, key: matchKey(rest), words: countWords(rest), paren: false, sepBefore: ':', role: 'unknown' }];
}

/** Gives each unknown segment a role from its neighbours; false when one cannot be explained. */
function resolveUnknowns(segments: Segment[], mode: CreditMode, context: CreditContext): boolean {
  const { lexicon } = context;
  const hasAgency = segments.some((s) => s.role === 'agency');
  const firstHouse = segments.findIndex((s) => s.role === 'outlet' || s.role === 'desk');
  const hasKnownPlace = segments.some((s) => s.role === 'place');
  const unknownCount = segments.filter((s) => s.role === 'unknown').length;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.role !== 'unknown') continue;
    const previous = segments[i - 1];
    const strength = nameStrength(segment, lexicon);
    const name = strength !== 'none';
    const place = looksLikePlace(segment);
    let role: Role = 'unknown';
    if (previous?.role === 'cue') role = name ? 'person' : 'ignored';
    else if (previous?.role === 'other-cue') role = 'ignored';
    else if (mode === 'field') role = fieldRole(segments, i, context);
    // `بنغازي (ليبيا)`, `فلان (جدة)`: a bracket after a name holds a place; alone it is an aside.
    else if (segment.paren) role = i > 0 && place ? 'place' : 'unknown';
    else if (hasAgency) role = place ? 'place' : 'unknown';
    else if (firstHouse >= 0) {
      // Before the outlet stands the writer (`فلان – عين اليوم`), after it the place
      // (`عين اليوم – جدة`) — unless what follows opens with a given name (`عين اليوم – هيفاء السالم`).
      // Before a desk word (`فلان – متابعات`) only a known given name is trusted: a misspelt
      // outlet (`صدى الساحلل – متابعات`) has the same shape as a name.
      const deskOnly = segments[firstHouse].role === 'desk';
      if (i < firstHouse && deskOnly) role = strength === 'strong' ? 'person' : 'ignored';
      else if (i < firstHouse) role = name ? 'person' : place ? 'place' : 'unknown';
      else role = strength === 'strong' ? 'person' : place ? 'place' : 'unknown';
    } else if (hasKnownPlace) role = name && mode === 'line' && dashJoined(segments) ? 'person' : 'unknown';
    else if (unknownCount === 1) {
      if (mode === 'prefix' && !segments.some((s) => s.role === 'label') && looksLikeLonePlace(segment, lexicon)) role = 'place';
    } else role = pairRole(segments, i, mode, lexicon);
    if (role === 'unknown') {
      if (mode !== 'field') return false;
      role = 'ignored';
    }
    segment.role = role;
  }
  return true;
}

/** In an author field names are what we look for; a place is taken only from a slot that says
 *  "place" (`لندن: …`, `فلان (جدة)`, beside an agency), never guessed from a pairing, because a
 *  field like `إضاءة - فلان` names a column, not a town. */
function fieldRole(segments: Segment[], index: number, context: CreditContext): Role {
  const segment = segments[index];
  const { lexicon } = context;
  const place = looksLikePlace(segment);
  if (segment.sepBefore === ':') return nameStrength(segment, lexicon, true) !== 'none' ? 'person' : 'ignored';
  if (segments[index + 1]?.sepBefore === ':') return place ? 'place' : 'ignored';
  if (segment.paren) return index > 0 && place ? 'place' : 'ignored';
  const strength = nameStrength(segment, lexicon);
  // `الجزيرة - واس - نورة العلي`: beside an agency a given name is still a writer.
  if (segments.some((s) => s.role === 'agency')) return strength === 'strong' ? 'person' : place ? 'place' : 'ignored';
  // `ماجد الحربي - رأس تنورة`: beside a known given name, a name-shaped segment with no given name
  // of its own is more likely the town (unknown to the vocabulary) than a second writer.
  if (strength === 'weak' && segment.sepBefore !== ',' && !segments.some((s) => s.role === 'place') &&
    segments.some((s, j) => j !== index && !s.paren && (s.role === 'unknown' || s.role === 'person') && nameStrength(s, lexicon) === 'strong')) return 'ignored';
  return strength !== 'none' ? 'person' : 'ignored';
}



function dashJoined(segments: Segment[]): boolean {
  return segments.every((s, i) => i === 0 || s.sepBefore === '-' || s.paren);
}

/** Two unknown names side by side: `أحمد الخالدي - الدمام` or `جدة - ضياء الفهد`. */
function pairRole(segments: Segment[], index: number, mode: CreditMode, lexicon: Lexicon): Role {
  const unknowns = segments.filter((s) => s.role === 'unknown' || s.role === 'person' || s.role === 'place');
  const segment = segments[index];
  if (mode === 'prefix') {
    // `دمشق، سوريا -`: a city and its country, comma-joined, both short.
    const commaJoined = segments.every((s, i) => i === 0 || s.sepBefore === ',' || s.paren);
    return commaJoined && unknowns.length === 2 && unknowns.every((s) => looksLikeLonePlace(s, lexicon)) ? 'place' : 'unknown';
  }
  // In a line, only a dash pairs a writer with a place; a comma joins clauses of a sentence.
  if (unknowns.length !== 2 || !dashJoined(segments)) return 'unknown';
  const other = unknowns[0] === segment ? unknowns[1] : unknowns[0];
  const strength = nameStrength(segment, lexicon);
  const otherStrength = nameStrength(other, lexicon);
  if (strength === 'strong' && otherStrength === 'none' && looksLikePlace(other)) return 'person';
  if (strength === 'none' && otherStrength === 'strong' && looksLikePlace(segment)) return 'place';
  return 'unknown';
}

function toCredit(segments: Segment[]): Credit {
  const credit: Credit = { places: [], persons: [], outlets: [] };
  for (const segment of segments) {
    const text = segment.text.replace(/[:\-–—]+$/, '').trim();
    if (segment.role === 'place') credit.places.push(text);
    else if (segment.role === 'agency') credit.agency ??= text;
    else if (segment.role === 'person') credit.persons.push(text);
    else if (segment.role === 'outlet') credit.outlets.push(text);
  }
  return credit;
}

/** Reads a credit; undefined when the text is not one (a sentence, a heading, a caption). */
export function readCredit(text: string, mode: CreditMode, context: CreditContext, anchorRequired = false): Credit | undefined {
  if (countWords(text) > CREDIT_MAX_WORDS) return undefined;
  let segments = tokenize(text);
  if (segments.length === 0) return undefined;
  segments = segments.flatMap((segment) => {
    classify(segment, context);
    return segment.role === 'unknown' ? splitLeadingCue(segment, context).flatMap((s) => splitDatedSegment(s, context)) : [segment];
  });
  for (const segment of segments) if (segment.role === 'unknown') classify(segment, context);
  // `واشنطن: …` is a dateline, `قال المرصد: …` is not: before a colon only known names count.
  if (anchorRequired && !segments.some((s) => s.role === 'place' || s.role === 'agency' || s.role === 'outlet' || s.role === 'desk')) return undefined;
  if (!resolveUnknowns(segments, mode, context)) return undefined;
  const credit = toCredit(segments);
  const date = segments.find((s) => s.role === 'date');
  if (date) credit.date = findDate(date.text, context.lexicon);
  const explained = credit.places.length + credit.persons.length + credit.outlets.length + (credit.agency ? 1 : 0);
  if (explained === 0) return undefined;
  // A lede that opens with a person alone (`فلان - قال …`) is a sentence, not a dateline.
  if (mode === 'prefix' && credit.places.length === 0 && !credit.agency && credit.outlets.length === 0) return undefined;
  return credit;
}

/** The dateline as shown to readers: places, then the agency in brackets (`القاهرة (رويترز)`). */
export function datelineOf(credit: Credit): string | undefined {
  const place = credit.places.join('، ');
  if (!place && !credit.agency) return undefined;
  return credit.agency ? `${place} (${credit.agency})`.trim() : place;
}
