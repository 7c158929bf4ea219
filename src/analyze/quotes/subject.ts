// Reads the subject of a speech verb from the tokens around it and splits it into a role and a
// personal name: "وقال المتحدث باسم الجيش توكور غوساو في بيان" → role "المتحدث باسم الجيش",
// name "توكور غوساو". Heuristic by design: it is the fallback when no entity recogniser ran.
import type { TextUnits, Token } from './text-units.ts';
import { QUOTE_MARK_BY_CHAR } from './quote-marks.ts';
import {
  readSpeechVerb, isComplementizer, isConjoinedComplementizer, isClausePreposition, isSubjectStop, isRoleVocabulary,
  isPersonRole, isGroupSpeaker, isNameTitle, isSpeakerAdjective, isNameConnector, hasArticle, isStatementNoun, isTimeWord,
  isRolePhraseNoun, isRolePreposition, isHonorificPronoun, isRoleModifier, isFamilyNameRole,
} from './lexicon.ts';

/** A token range [firstToken, endToken). */
export interface TokenRange {
  firstToken: number;
  endToken: number;
}

export interface SubjectPhrase {
  phrase: TokenRange;
  name?: TokenRange;
  role?: TokenRange;
  /** The phrase names a group or an unnamed source (مصادر، مسؤول إيراني): no name inside. */
  indefinite: boolean;
  /** سموه، معاليه: stands for a titled person named earlier. */
  honorific?: boolean;
  /** The name is an organisation's ("شركة بوبا"), not a person's. */
  organisation?: boolean;
}

const MAX_SUBJECT_TOKENS = 14;
const MAX_NAME_TOKENS = 8;
const MAX_PLAIN_NAME_WORDS = 4;
const ROLE_TO_NAME_LOOKAHEAD = 9;
const MAX_QUOTED_NAME_TOKENS = 3;
const MAX_PARENTHESIS_TOKENS = 8;
// Particles between a subject and its verb: "لكن الجانب الكردي سرعان ما نفى", "فيما قد أكد".
const PARTICLES_BEFORE_VERB = new Set(['قد', 'ما', 'سرعان', 'لقد', 'بدوره', 'بدورها', 'ايضا', 'كذلك', 'اذ']);
// "عبد" and "أبو" start compound names; the other connectors only join.
const NAME_OPENING_CONNECTORS = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'ال']);
const DIVINE_NAME = 'الله';
const COMMAS = new Set(['،', ',']);
const QUANTITY_WORDS = new Set(['عدد', 'بعض', 'احد', 'احدي', 'عشرات', 'مءات', 'الاف', 'كثير', 'العديد', 'عديد', 'مجموعه']);
const PREPOSITIONAL_PRONOUNS = new Set(['له', 'لها', 'لهم', 'لنا', 'لي', 'بذلك', 'بهذا', 'لهما']);

function endsPhrase(token: Token): boolean {
  const f = token.fold;
  return isSubjectStop(f) || isComplementizer(f) || isConjoinedComplementizer(f) || isClausePreposition(f) || readSpeechVerb(f) !== undefined;
}

/** Token index of the mark closing a short quoted name that opens at `open`, or -1. */
function closingOfQuotedName(tokens: Token[], open: number, limit: number): number {
  const mark = QUOTE_MARK_BY_CHAR.get(tokens[open].text);
  if (!mark) return -1;
  for (let k = open + 1; k < Math.min(limit, open + MAX_QUOTED_NAME_TOKENS + 2); k++) {
    const other = QUOTE_MARK_BY_CHAR.get(tokens[k].text);
    // A name goes on to the rest of the sentence; a quote that ends it is speech, not a name.
    if (other && other.family === mark.family) return k > open + 1 && tokens[k + 1]?.kind === 'word' ? k : -1;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}

function closingParenthesis(tokens: Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + MAX_PARENTHESIS_TOKENS + 2); k++) {
    if (tokens[k].text === ')') return k;
  }
  return -1;
}

/** The words after `from` (exclusive) that name who speaks, up to `limit` (exclusive). */
export function readSubjectAfter(units: TextUnits, from: number, limit: number): SubjectPhrase | undefined {
  return readPhraseFrom(units, from + 1, limit, units.tokens[from].sentence, true);
}

/** A role or title phrase that starts at `start`: "القائم بالأعمال الأميركية ستيفاني وليامز". */
export function readPhraseAt(units: TextUnits, start: number): SubjectPhrase | undefined {
  return readPhraseFrom(units, start, units.tokens.length, units.tokens[start].sentence, false);
}

function readPhraseFrom(units: TextUnits, first: number, limit: number, sentence: number, afterVerb: boolean): SubjectPhrase | undefined {
  const { tokens } = units;
  const words: number[] = [];
  let j = afterVerb ? skipBeforeSubject(tokens, first, limit, sentence) : first;
  let sawPersonRole = false;
  while (j < limit && tokens[j].sentence === sentence && words.length < MAX_SUBJECT_TOKENS) {
    const token = tokens[j];
    if (token.kind === 'punct') {
      // A short name in quote marks ("الخضر لصور", العقيد "البقمي") is the name and ends the phrase.
      const close = closingOfQuotedName(tokens, j, limit);
      if (close > 0) {
        const quotedName = { firstToken: j + 1, endToken: close };
        for (let k = j + 1; k < close; k++) words.push(k);
        return splitSubject(tokens, words, 'start', quotedName);
      }
      const closeParen = token.text === '(' ? closingParenthesis(tokens, j, limit) : -1;
      if (closeParen > 0 && words.length > 0) { j = closeParen + 1; continue; }
      // "قائد القوة الخاصة لأمن الطرق، العقيد مظلي عائض البقمي": a titled name in apposition.
      // "…باسم مديرية الشؤون الصحية، حسين الاحمد": a name in apposition after a role with none.
      const afterComma = tokens[j + 1];
      if (COMMAS.has(token.text) && sawPersonRole && afterComma && afterComma.sentence === sentence
        && (isNameTitle(afterComma.fold) || (isNameStartWord(afterComma.fold) && !isIndefinitePhrase(tokens, words) && nameCandidates(tokens, words).length === 0))) { j++; continue; }
      break;
    }
    if (token.kind !== 'word' || token.fold.length < 2) break;
    if (words.length === 0 && opensPrepositionalPhrase(tokens, j)) break;
    if (words.length === 0 && isHonorificPronoun(token.fold)) return { phrase: { firstToken: j, endToken: j + 1 }, indefinite: false, honorific: true };
    // "عدد من سكان المنطقة", "أحد المواطنين": a quantity and what it counts are one subject.
    if (token.fold === 'من' && words.length > 0 && QUANTITY_WORDS.has(tokens[words[words.length - 1]].fold)) { words.push(j); j++; continue; }
    if (endsPhrase(token)) {
      if (words.length === 0) break;
      const resume = roleContinuesToName(tokens, words, j, limit);
      if (resume < 0) break;
      for (let k = j; k < resume; k++) words.push(k);
      j = resume;
      continue;
    }
    if (words.length > 0 && !sawPersonRole && startsObject(tokens[words[words.length - 1]].fold, token.fold)) break;
    if (isPersonRole(token.fold) || isNameTitle(token.fold)) sawPersonRole = true;
    words.push(j);
    j++;
  }
  return words.length > 0 ? splitSubject(tokens, words, 'start') : undefined;
}

/**
 * Skips what may stand between a verb and its subject: adverbs of time ("أعلن اليوم الجيش") and
 * one short prepositional phrase ("قال لـ«اليوم» مدير…", "أفاد بذلك مدير…", "وقال له الأمين"),
 * when a subject follows it. Returns where the subject may start.
 */
function skipBeforeSubject(tokens: Token[], first: number, limit: number, sentence: number): number {
  const within = (k: number): boolean => k < limit && tokens[k] !== undefined && tokens[k].sentence === sentence;
  const timeWords = (k: number): number => { while (within(k) && isTimeWord(tokens[k].fold)) k++; return k; };
  let j = timeWords(first);
  // "قال بيان الخارجية المصرية": the statement's issuer is the subject.
  const issuer = tokens[j + 1];
  if (within(j) && isStatementNoun(tokens[j].fold) && within(j + 1) && issuer.kind === 'word' && !endsPhrase(issuer)
    && (hasArticle(issuer.fold) || isRolePhraseNoun(issuer.fold))) return j + 1;
  // One prepositional phrase, then adverbs and a comma: "قال لـ«الاقتصادية» أمس، اللواء…".
  const token = tokens[j];
  if (!within(j) || token.kind !== 'word') return j;
  let after = -1;
  if (isPrepositionalPronoun(token.fold)) after = j + 1;
  else if (isSubjectStop(token.fold) && !isComplementizer(token.fold) && !isClausePreposition(token.fold)) {
    const close = closingOfQuotedName(tokens, j + 1, limit);
    after = close > 0 ? close + 1 : j + 2;
  }
  if (after < 0) return j;
  after = timeWords(after);
  if (within(after) && COMMAS.has(tokens[after].text)) after++;
  const next = tokens[after];
  return within(after) && next.kind === 'word' && looksLikeSubjectStart(next.fold) ? after : j;
}

/** "اتهمتهم بحيازة «…»": a word with بـ / لـ before a definite word or a quote opens a phrase, not a subject. */
function opensPrepositionalPhrase(tokens: Token[], j: number): boolean {
  const fold = tokens[j].fold;
  // "قال للمدرب", "معتبرا بالحادثة": a preposition on the article is never a subject.
  if (/^(و?لل|و?بال)/u.test(fold) && fold.length >= 5 && !looksLikeSubjectStart(fold)) return true;
  if (!(fold.startsWith('ب') || fold.startsWith('ل')) || fold.length < 4 || looksLikeSubjectStart(fold)) return false;
  const next = tokens[j + 1];
  if (!next) return false;
  // A plain ال (not للصحفيين, بالوفد) marks the genitive of a construct: "بحيازة الأسلحة".
  return next.kind === 'word' ? next.fold.startsWith('ال') : QUOTE_MARK_BY_CHAR.has(next.text);
}

/** له، لها، بذلك، لنا: a preposition with its pronoun, written as one word. */
function isPrepositionalPronoun(fold: string): boolean {
  return PREPOSITIONAL_PRONOUNS.has(fold);
}

/** Only a role, a title or a group is sure enough to skip a phrase for ("قال لـ«اليوم» مدير…"). */
function looksLikeSubjectStart(fold: string): boolean {
  return isPersonRole(fold) || isNameTitle(fold) || isGroupSpeaker(fold) || isRolePhraseNoun(fold);
}

/**
 * A definite word followed by an indefinite one that is not a role word starts the verb's object:
 * "ووصف السراج لقاء باريس", "واختارت الوزارة موعد…". A nationality before a name does not:
 * "الأميركية سيرينا وليامس".
 */
function startsObject(previous: string, current: string): boolean {
  if (!hasArticle(previous) || hasArticle(current)) return false;
  if (isRoleVocabulary(current) || isNameConnector(current) || isPersonRole(current)) return false;
  return !(previous.endsWith('ي') || previous.endsWith('يه'));
}

/**
 * "مندوبة الولايات المتحدة لدى الأمم المتحدة سمانثا باور": a preposition inside a role phrase.
 * When the words so far are a person's role without a name and a name follows within a few words,
 * returns where the rest of the phrase starts; otherwise -1.
 */
function roleContinuesToName(tokens: Token[], words: number[], stop: number, limit: number): number {
  if (!isRolePreposition(tokens[stop].fold)) return -1;
  if (!words.some((k) => isPersonRole(tokens[k].fold))) return -1;
  if (nameCandidates(tokens, words).length > 0) return -1;
  for (let k = stop + 1; k < Math.min(limit, stop + ROLE_TO_NAME_LOOKAHEAD); k++) {
    const token = tokens[k];
    // "…في محافظة الاحساء بالنيابة، حسين الاحمد": the name may come after a comma.
    if (COMMAS.has(token.text) && k > stop + 1) continue;
    if (token.kind !== 'word' || isComplementizer(token.fold) || readSpeechVerb(token.fold) || isSubjectStop(token.fold)) return -1;
    if (isNameStartWord(token.fold) && !isRolePhraseNoun(tokens[k - 1].fold)) return stop + 1;
  }
  return -1;
}

/** The subject written before its verb: "رئيس حكومة الوفاق فايز السراج يعتبر أن…". */
export function readSubjectBefore(units: TextUnits, verb: number): SubjectPhrase | undefined {
  const { tokens } = units;
  const sentence = tokens[verb].sentence;
  let j = verb - 1;
  while (j >= 0 && tokens[j].sentence === sentence && PARTICLES_BEFORE_VERB.has(tokens[j].fold)) j--;
  const words: number[] = [];
  while (j >= 0 && tokens[j].sentence === sentence && words.length < MAX_SUBJECT_TOKENS) {
    const token = tokens[j];
    if (token.kind !== 'word' || endsPhrase(token)) break;
    words.unshift(j);
    j--;
  }
  return words.length > 0 ? splitSubject(tokens, words, 'end') : undefined;
}

/** A name can start with this word: not a role, title or adjective, no article. */
function isNameStartWord(fold: string): boolean {
  if (fold.length < 2) return false;
  if (NAME_OPENING_CONNECTORS.has(fold)) return true;
  if (isNameConnector(fold) || isRoleVocabulary(fold) || isSpeakerAdjective(fold) || isGroupSpeaker(fold) || isSubjectStop(fold)) return false;
  // ل before a word that starts with alef is the preposition: "قائد القيادة لافريقيا توماس…".
  if (fold.length >= 5 && (fold.startsWith('لا') || fold.startsWith('لل'))) return false;
  return !hasArticle(fold);
}

/** Index (into `words`) where a name starts, or -1. */
function findNameStart(tokens: Token[], words: number[], from = 0): number {
  for (let s = from; s < words.length; s++) {
    if (isNameStartWord(tokens[words[s]].fold)) return s;
  }
  return -1;
}

function isIndefiniteHead(fold: string): boolean {
  return (isPersonRole(fold) || isGroupSpeaker(fold)) && !hasArticle(fold) && !isNameTitle(fold);
}

/**
 * An unnamed speaker: a role or group word without the article that is not the first word of a
 * construct ("مسؤول إيراني", "مصادر", "مصدر مطلع"; but not "رئيس حكومة الوفاق فايز السراج").
 */
function isIndefinitePhrase(tokens: Token[], words: number[]): boolean {
  if (!isIndefiniteHead(tokens[words[0]].fold)) return false;
  if (words.length === 1) return true;
  // "مسؤول إيراني", "مصدر مطلع": an adjective follows; "مدرب يونايتد": a construct with a name.
  const next = tokens[words[1]].fold;
  return isSpeakerAdjective(next) || isGroupSpeaker(tokens[words[0]].fold) || (!hasArticle(next) && isNisba(next));
}

/** Relation adjectives: إيراني، كردية، أمريكيون، سعوديين. */
function isNisba(fold: string): boolean {
  return /(ي|يه|يون|يين|يان)$/u.test(fold) && fold.length >= 4;
}

/** "ووصف السراج لقاء باريس": a family name alone right after the verb, followed by its object. */
function isLoneFamilyName(tokens: Token[], words: number[]): boolean {
  const first = tokens[words[0]].fold;
  if (!hasArticle(first) || isRoleVocabulary(first) || isSpeakerAdjective(first) || isGroupSpeaker(first)) return false;
  if (words.length === 1) return true;
  const second = tokens[words[1]].fold;
  // "ورحب السراج بالوفد": a preposition on the next word starts the object.
  if (second.startsWith('بال') || second.startsWith('لل')) return true;
  if (hasArticle(second) || isNameConnector(second)) return false;
  // "الأميركية سيرينا وليامس": a nationality adjective before the name, not a name.
  return !(first.endsWith('ي') || first.endsWith('يه'));
}

interface NameCandidate {
  start: number;
  end: number;
  titled: boolean;
}

/** Every place a name may start in the phrase, with where it ends (indices into `words`). */
function nameCandidates(tokens: Token[], words: number[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  const personRole = words.some((k) => isPersonRole(tokens[k].fold));
  let resume = 0;
  for (let s = findNameStart(tokens, words); s >= 0; s = findNameStart(tokens, words, resume)) {
    const e = nameEnd(tokens, words, s);
    // After a rejected word, a person's role phrase may still end with the name
    // ("…في مقاطعة كوباني إدريس نعسان"); an organisation's phrase names no person.
    resume = personRole ? s + 1 : Math.max(s + 1, e);
    const first = tokens[words[s]].fold;
    const preceding = s > 0 ? tokens[words[s - 1]].fold : '';
    const following = words[e] !== undefined ? tokens[words[e]].fold : '';
    const isInstitution = (fold: string): boolean => fold !== '' && isRolePhraseNoun(fold) && !isPersonRole(fold) && !isRoleModifier(fold);
    // "متمردو حزب العمال": a word followed by an institution heads a construct; "بمنطقة مكة",
    // "حكومة نتنياهو": a word after an institution or a place noun in construct is its complement
    // ("المتحدث باسم الجيش توكور غوساو": after a definite one, the name starts).
    if ((isInstitution(following) && !hasArticle(following)) || (isInstitution(preceding) && !hasArticle(preceding))) continue;
    const titled = preceding !== '' && isNameTitle(preceding);
    // "لنصرة الأشقاء", "بصحة الباحة": a preposition on a noun with its genitive, unless a title
    // or a role introduces it ("المدرب لوران بلان").
    const next = words[s + 1] !== undefined ? tokens[words[s + 1]].fold : '';
    const prepositional = (first.startsWith('ل') || first.startsWith('ب')) && first.length >= 4 && hasArticle(next);
    if (prepositional && !titled && !isPersonRole(preceding)) continue;
    candidates.push({ start: s, end: e, titled });
  }
  return candidates;
}

/**
 * "شركة بوبا الشريك الصحي", "حكومة الوفاق في…": an institution noun and the proper name after it
 * (words without the article, or one definite word right after the noun). Its appositions end it.
 */
function organisationName(tokens: Token[], words: number[]): TokenRange | undefined {
  const head = tokens[words[0]].fold;
  if (words.length < 2 || hasArticle(head) || !isRolePhraseNoun(head) || isPersonRole(head) || isRoleModifier(head)) return undefined;
  let e = 1;
  if (hasArticle(tokens[words[1]].fold)) e = 2;
  else while (e < words.length && e < 1 + MAX_NAME_TOKENS && !hasArticle(tokens[words[e]].fold) && !isRoleVocabulary(tokens[words[e]].fold)) e++;
  if (e === 1) return undefined;
  return { firstToken: words[0], endToken: words[e - 1] + 1 };
}

/** Where a name that starts at words[s] ends (exclusive index into `words`). */
function nameEnd(tokens: Token[], words: number[], s: number): number {
  let e = s + 1;
  let previous = tokens[words[s]].fold;
  let compound = NAME_OPENING_CONNECTORS.has(previous);
  let plainWords = 1;
  while (e < words.length && e - s < MAX_NAME_TOKENS) {
    const fold = tokens[words[e]].fold;
    if (isNameConnector(fold)) { compound = true; previous = fold; e++; continue; }
    // Names run to four words besides their connectors; past that the object has begun.
    if (plainWords >= MAX_PLAIN_NAME_WORDS) break;
    // A role word ends the name, unless it is the family name right after a given name ("سامر الخطيب").
    const familyName = e - s === 1 && isFamilyNameRole(fold);
    if (!familyName && (isRoleVocabulary(fold) || isSpeakerAdjective(fold) || isStatementNoun(fold))) break;
    // A family name with the article ends the name (فايز السراج لقاء…), unless a connector
    // or a compound (عبد الله بادغيش) continues it.
    if (hasArticle(previous) && !compound) break;
    // A second person joined by و: "خالد الفالح ومنسوبي…", but "ستيفاني وليامز" is one name.
    if (fold.startsWith('و') && e - s >= 2) break;
    if (hasArticle(fold) && e - s >= 2 && !compound) break;
    compound = NAME_OPENING_CONNECTORS.has(fold) || (compound && hasArticle(fold));
    previous = fold;
    plainWords++;
    e++;
  }
  while (e > s + 1 && isNameConnector(tokens[words[e - 1]].fold)) e--;
  return e;
}

function splitSubject(tokens: Token[], words: number[], prefer: 'start' | 'end', quotedName?: TokenRange): SubjectPhrase {
  const phrase = { firstToken: words[0], endToken: words[words.length - 1] + 1 };
  if (quotedName) {
    const role = quotedName.firstToken > phrase.firstToken ? { firstToken: phrase.firstToken, endToken: words[words.indexOf(quotedName.firstToken) - 1] + 1 } : undefined;
    return { phrase, name: quotedName, role, indefinite: false };
  }
  const indefinite = isIndefinitePhrase(tokens, words);
  // "قال الله تعالى": God speaks; تعالى is praise, not a name.
  if (tokens[words[0]].fold === DIVINE_NAME) return { phrase, name: { firstToken: words[0], endToken: words[0] + 1 }, indefinite: false };
  if (indefinite) return { phrase, indefinite };
  if (prefer === 'start' && isLoneFamilyName(tokens, words)) {
    const name = { firstToken: words[0], endToken: words[0] + 1 };
    return { phrase, name, indefinite: false };
  }
  const candidates = nameCandidates(tokens, words);
  const chosen = prefer === 'end'
    ? candidates.find((c) => c.end === words.length)
    // A name that opens the phrase ("رأفت الصباغ المتحدث…لمركز الملك سلمان"), else a name after
    // a title ("قائد القوة، العقيد مظلي عائض البقمي"), else the first name.
    : candidates.find((c) => c.start === 0) ?? candidates.find((c) => c.titled) ?? candidates[0];
  let start = chosen ? chosen.start : -1;
  let end = chosen ? chosen.end : -1;
  if (start < 0) {
    const single = singleWordName(tokens, words);
    if (single >= 0) { start = single; end = single + 1; }
  }
  if (start < 0) {
    const organisation = organisationName(tokens, words);
    return organisation ? { phrase, name: organisation, indefinite: false, organisation: true } : { phrase, indefinite };
  }
  const name = { firstToken: words[start], endToken: words[end - 1] + 1 };
  // The role starts at its first role word: "باريس استضافه الرئيس الفرنسي ماكرون" → "الرئيس الفرنسي".
  const firstRole = words.findIndex((k) => isRoleVocabulary(tokens[k].fold));
  const roleWords = start > 0 ? words.slice(firstRole >= 0 && firstRole < start ? firstRole : start, start) : words.slice(end);
  const isRole = roleWords.some((k) => isPersonRole(tokens[k].fold) || isRoleVocabulary(tokens[k].fold) && !isNameTitle(tokens[k].fold));
  const role = isRole && roleWords.length > 0 ? { firstToken: roleWords[0], endToken: roleWords[roleWords.length - 1] + 1 } : undefined;
  return { phrase, name, role, indefinite: false };
}

/**
 * A one-word subject with the article that is not a role ("وأكد الأحمدي", "العقيد البقمي"),
 * or God in scripture citations. Returns its index in `words`, or -1.
 */
function singleWordName(tokens: Token[], words: number[]): number {
  const last = words.length - 1;
  const fold = tokens[words[last]].fold;
  if (fold === DIVINE_NAME) return last;
  if (isRoleVocabulary(fold) || isSpeakerAdjective(fold) || isGroupSpeaker(fold)) return -1;
  if (words.length === 1) return 0;
  return words.slice(0, last).every((k) => isNameTitle(tokens[k].fold)) ? last : -1;
}

/** The display text of a token range. */
export function rangeText(units: TextUnits, range: TokenRange): string {
  return units.text.slice(units.tokens[range.firstToken].start, units.tokens[range.endToken - 1].end);
}
