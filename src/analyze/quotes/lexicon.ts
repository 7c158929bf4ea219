// Folded lookup tables built once from the vocabulary modules. They are constant data derived
// at load (like the fold table in src/text/profiles.ts), not caches: nothing is added later.
import { foldForSearch } from '../../text/index.ts';
import {
  SPEECH_VERBS, COMPLEMENTIZERS, CLAUSE_PREPOSITIONS, TITLE_NOUNS, SCRIPTURE_CUES, NON_REPORTING_BEFORE_COMPLEMENTIZER,
  SUBJUNCTIVE_PARTICLES, CLAUSE_BREAKERS, LABEL_NOUNS,
  type Gender, type VerbNumber, type VerbForm, type VerbUse,
} from './speech-verbs.ts';
import {
  PERSON_ROLE_HEADS, GROUP_SPEAKERS, NAME_TITLES, ROLE_PHRASE_NOUNS, SPEAKER_ADJECTIVES, NAME_CONNECTORS,
  SUBJECT_STOPS, RELATIVE_PRONOUNS, STATEMENT_NOUNS, REPORTED_SAYING_NOUNS, TIME_WORDS, ROLE_PREPOSITIONS, HONORIFIC_PRONOUNS, SUBORDINATORS, ROLE_MODIFIERS, FAMILY_NAME_ROLES,
} from './speaker-words.ts';

export interface VerbReading {
  lemma: string;
  use: VerbUse;
  form: VerbForm;
  gender?: Gender;
  number: VerbNumber;
  /** The conjunction written on the verb (و, ف), '' when none. */
  prefix: string;
}

const foldAll = (words: readonly string[]): Set<string> => new Set(words.filter(Boolean).map(foldForSearch));

function buildVerbTable(): Map<string, Omit<VerbReading, 'prefix'>> {
  const table = new Map<string, Omit<VerbReading, 'prefix'>>();
  for (const verb of SPEECH_VERBS) {
    for (const form of ['past', 'present', 'participle'] as const) {
      const [masculine, feminine, plural] = verb[form];
      const add = (word: string, gender: Gender | undefined, number: VerbNumber): void => {
        if (word === '') return;
        const folded = foldForSearch(word);
        if (!table.has(folded)) table.set(folded, { lemma: verb.lemma, use: verb.use, form, gender, number });
      };
      add(masculine, 'm', 'singular');
      add(feminine, 'f', 'singular');
      add(plural, undefined, 'plural');
    }
  }
  return table;
}

const VERB_TABLE = buildVerbTable();
const CONJUNCTION_PREFIXES = ['و', 'ف', 'وف'];

// Object pronouns written on a verb: اعتبرته (considered him), وصفها (described her).
const OBJECT_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];
const MIN_VERB_WITH_SUFFIX = 3;
const OBJECT_TAKING_LEMMAS = new Set(['اعتبر', 'وصف', 'اتهم', 'أبلغ', 'حذر']);

function lookUpVerb(stem: string): Omit<VerbReading, 'prefix'> | undefined {
  const direct = VERB_TABLE.get(stem);
  if (direct) return direct;
  for (const suffix of OBJECT_SUFFIXES) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < MIN_VERB_WITH_SUFFIX) continue;
    const bare = stem.slice(0, -suffix.length);
    // Only a feminine past of a verb that takes a person as object (اعتبرته، وصفتها، اتهمتهم):
    // elsewhere the same letters are nouns (إجابته "his answer", إضافة, بينهم).
    if (!bare.endsWith('ت')) continue;
    const reading = VERB_TABLE.get(bare);
    if (reading && reading.form === 'past' && OBJECT_TAKING_LEMMAS.has(reading.lemma)) return reading;
  }
  return undefined;
}

/** Reads a folded word as a speech verb, with or without a و / ف prefix and an object pronoun. */
export function readSpeechVerb(folded: string): VerbReading | undefined {
  const direct = lookUpVerb(folded);
  if (direct) return { ...direct, prefix: '' };
  for (const prefix of CONJUNCTION_PREFIXES) {
    if (!folded.startsWith(prefix) || folded.length - prefix.length < 2) continue;
    const reading = lookUpVerb(folded.slice(prefix.length));
    if (reading) return { ...reading, prefix };
  }
  return undefined;
}

const COMPLEMENTIZER_SET = foldAll(COMPLEMENTIZERS);
const CONJOINED_COMPLEMENTIZERS = new Set([...COMPLEMENTIZER_SET].map((word) => `و${word}`));

export const isComplementizer = (folded: string): boolean => COMPLEMENTIZER_SET.has(folded);
/** وأن / وإن: a second clause of the same report, not a new one. */
export const isConjoinedComplementizer = (folded: string): boolean => CONJOINED_COMPLEMENTIZERS.has(folded);

const CLAUSE_PREPOSITION_SET = foldAll(CLAUSE_PREPOSITIONS);
export const isClausePreposition = (folded: string): boolean => CLAUSE_PREPOSITION_SET.has(folded);

const TITLE_NOUN_SET = foldAll(TITLE_NOUNS);
/** True for a noun that makes the quoted words after it a title: بعنوان، صحيفة، هاشتاق… (also with ال / و). */
export const isTitleNoun = (folded: string): boolean => hasWithAffixes(TITLE_NOUN_SET, folded);

const LABEL_NOUN_SET = foldAll(LABEL_NOUNS);
/** A noun that labels quoted words even across a colon: "بعنوان: «…»". */
export const isLabelNoun = (folded: string): boolean => hasWithAffixes(LABEL_NOUN_SET, folded);

const NON_REPORTING_SET = foldAll(NON_REPORTING_BEFORE_COMPLEMENTIZER);
/** The word before أن makes it temporal, conditional or modal: بعد أن، دون أن، يجب أن. */
export const isNonReportingBefore = (folded: string): boolean => hasWithAffixes(NON_REPORTING_SET, folded);
const SUBJUNCTIVE_SET = foldAll(SUBJUNCTIVE_PARTICLES);
export const isSubjunctiveParticle = (folded: string): boolean => SUBJUNCTIVE_SET.has(folded);
const CLAUSE_BREAKER_SET = foldAll(CLAUSE_BREAKERS);
export const isClauseBreaker = (folded: string): boolean => CLAUSE_BREAKER_SET.has(folded);

const SCRIPTURE_CUE_SET = foldAll(SCRIPTURE_CUES);
export const isScriptureCue = (folded: string): boolean => SCRIPTURE_CUE_SET.has(folded);

const PERSON_ROLE_SET = foldAll(PERSON_ROLE_HEADS);
const GROUP_SET = foldAll(GROUP_SPEAKERS);
const TITLE_SET = foldAll(NAME_TITLES);
const ROLE_NOUN_SET = foldAll(ROLE_PHRASE_NOUNS);
const ADJECTIVE_SET = foldAll(SPEAKER_ADJECTIVES);
const CONNECTOR_SET = foldAll(NAME_CONNECTORS);
const STOP_SET = foldAll(SUBJECT_STOPS);
const RELATIVE_SET = foldAll(RELATIVE_PRONOUNS);
const STATEMENT_SET = foldAll(STATEMENT_NOUNS);
const SAYING_SET = foldAll(REPORTED_SAYING_NOUNS);
const TIME_SET = foldAll(TIME_WORDS);
const ROLE_PREPOSITION_SET = foldAll(ROLE_PREPOSITIONS);
const HONORIFIC_SET = foldAll(HONORIFIC_PRONOUNS);
const SUBORDINATOR_SET = foldAll(SUBORDINATORS);
const ROLE_MODIFIER_SET = foldAll(ROLE_MODIFIERS);
const FAMILY_NAME_ROLE_SET = foldAll(FAMILY_NAME_ROLES);
export const isFamilyNameRole = (folded: string): boolean => FAMILY_NAME_ROLE_SET.has(folded);
/** A role word that is not an institution: عام، باسم، شؤون. */
export const isRoleModifier = (folded: string): boolean => hasWithAffixes(ROLE_MODIFIER_SET, folded);
export const isSubordinator = (folded: string): boolean => SUBORDINATOR_SET.has(folded);

// Prefixes a role word may carry inside a phrase: the article, و, and the prepositions بـ / لـ.
const AFFIXES = ['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'ل', 'فال', 'كال'];

function hasWithAffixes(set: Set<string>, folded: string): boolean {
  if (set.has(folded)) return true;
  for (const affix of AFFIXES) {
    if (folded.length - affix.length >= 2 && folded.startsWith(affix) && set.has(folded.slice(affix.length))) return true;
  }
  return false;
}

/** "رئيس", "المتحدث", "والقائم": the head of a person's role. */
export const isPersonRole = (folded: string): boolean => hasWithAffixes(PERSON_ROLE_SET, folded);
/** "مصادر", "خبراء": a group speaker. */
export const isGroupSpeaker = (folded: string): boolean => hasWithAffixes(GROUP_SET, folded);
export const isNameTitle = (folded: string): boolean => TITLE_SET.has(folded);
/** Nouns of a role phrase that never start a name: حكومة، مكتب، عام… */
export const isRolePhraseNoun = (folded: string): boolean => hasWithAffixes(ROLE_NOUN_SET, folded);
export const isSpeakerAdjective = (folded: string): boolean => ADJECTIVE_SET.has(folded);
export const isNameConnector = (folded: string): boolean => CONNECTOR_SET.has(folded);
export const isSubjectStop = (folded: string): boolean => STOP_SET.has(folded);
export const isRelativePronoun = (folded: string): boolean => RELATIVE_SET.has(folded);
export const isStatementNoun = (folded: string): boolean => hasWithAffixes(STATEMENT_SET, folded);
export const isReportedSayingNoun = (folded: string): boolean => SAYING_SET.has(folded);
export const isTimeWord = (folded: string): boolean => TIME_SET.has(folded);
export const isRolePreposition = (folded: string): boolean => ROLE_PREPOSITION_SET.has(folded);
/** سموه، معاليه: a titled person named earlier (also with و: وسموه). */
export const isHonorificPronoun = (folded: string): boolean => HONORIFIC_SET.has(folded) || (folded.startsWith('و') && HONORIFIC_SET.has(folded.slice(1)));

/** Any word of the role vocabulary, so it cannot start a name. */
export function isRoleVocabulary(folded: string): boolean {
  return isPersonRole(folded) || isGroupSpeaker(folded) || isNameTitle(folded) || isRolePhraseNoun(folded)
    || isStatementNoun(folded);
}

/** Strips the article (and a conjunction or preposition before it): الوزير → وزير, بالأعمال → اعمال. */
export function withoutArticle(folded: string): string {
  if (folded === 'الله') return folded;
  for (const prefix of ['وال', 'بال', 'فال', 'كال', 'لل', 'ال']) {
    if (folded.startsWith(prefix) && folded.length - prefix.length >= 2) return folded.slice(prefix.length);
  }
  return folded;
}

export function hasArticle(folded: string): boolean {
  return withoutArticle(folded) !== folded;
}
