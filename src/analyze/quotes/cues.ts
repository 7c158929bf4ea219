// Speech verbs in the text (the cues) and the subject each one names, if it names one:
// after the verb ("وقال المتحدث…"), before it ("فايز السراج يعتبر…", "ماكرون الذي اعتبر…"),
// or none ("وأضافت أن…": the speaker continues).
import type { TextUnits } from './text-units.ts';
import { readSpeechVerb, isRelativePronoun, isReportedSayingNoun, isSubjunctiveParticle, isComplementizer, type VerbReading } from './lexicon.ts';
import { readSubjectAfter, readSubjectBefore, type SubjectPhrase } from './subject.ts';

export interface Cue {
  token: number;
  reading: VerbReading;
  sentence: number;
  subject?: SubjectPhrase;
  /** Where the words after the verb and its subject start (a token index). */
  afterSubject: number;
}

// Particles between a relative pronoun and its verb, or between a subject and its verb.
const PARTICLES = new Set(['قد', 'ما', 'لقد', 'سرعان']);
const COMMAS = new Set(['،', ',']);

export function findCues(units: TextUnits): Cue[] {
  const cues: Cue[] = [];
  const { tokens, sentences } = units;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    const sentence = sentences[token.sentence];
    if (isReportedSayingNoun(token.fold)) {
      const cue = sayingCue(units, i, sentence.firstToken);
      if (cue) cues.push(cue);
      continue;
    }
    const reading = readSpeechVerb(token.fold);
    if (!reading) continue;
    // "أن يرى", "لكي يقول": a subjunctive present is not a report.
    if (reading.form === 'present' && i > 0 && isSubjunctiveParticle(tokens[i - 1].fold)) continue;
    const subject = reading.form === 'participle' ? undefined : subjectOf(units, i, reading, sentence.endToken);
    // Bare بين is the preposition "between" unless a أن clause follows at once ("بين أن…", "بين المدير أن…");
    // so is وبين after an earlier بين ("بينه وبين الشرفيين").
    if (reading.lemma === 'بين' && reading.prefix === '' && !complementizerWithin(tokens, i, 3)) continue;
    if (reading.lemma === 'بين' && betweenBefore(tokens, i)) continue;
    const afterSubject = subject && subject.phrase.firstToken > i ? subject.phrase.endToken : i + 1;
    cues.push({ token: i, reading, sentence: token.sentence, subject: quotedSource(units, afterSubject, sentence.endToken) ?? subject, afterSubject });
  }
  return cues;
}

const MAX_SOURCE_DISTANCE = 12;

const BETWEEN_REACH = 6;

/** "بينه وبين", "بين الرياض وبين القاهرة": an earlier بين makes this one the preposition. */
function betweenBefore(tokens: TextUnits['tokens'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BETWEEN_REACH && tokens[k].sentence === tokens[i].sentence; k--) {
    if (/^(و?ب?بين|بينه|بينها|بينهم|بينهما)$/u.test(tokens[k].fold) || tokens[k].fold.startsWith('بين')) return true;
  }
  return false;
}

function complementizerWithin(tokens: TextUnits['tokens'], from: number, reach: number): boolean {
  for (let k = from + 1; k <= from + reach && k < tokens.length; k++) if (isComplementizer(tokens[k].fold)) return true;
  return false;
}

/** "نقلت الصحيفة عن المصدر قوله إن…": قوله speaks for the noun after عن. */
function sayingCue(units: TextUnits, saying: number, sentenceStart: number): Cue | undefined {
  const { tokens } = units;
  for (let k = saying - 1; k >= Math.max(sentenceStart, saying - MAX_SOURCE_DISTANCE); k--) {
    if (tokens[k].fold !== 'عن') continue;
    const subject = readSubjectAfter(units, k, saying);
    if (!subject) return undefined;
    const fold = tokens[saying].fold;
    const plural = fold.endsWith('هم') || fold.endsWith('هما');
    const reading: VerbReading = {
      lemma: 'قال', use: 'reports', form: 'past', prefix: '', number: plural ? 'plural' : 'singular',
      gender: plural ? undefined : fold.endsWith('ها') ? 'f' : 'm',
    };
    return { token: saying, reading, sentence: tokens[saying].sentence, subject, afterSubject: saying + 1 };
  }
  return undefined;
}

/** "وذكرت الصحيفة نقلا عن مصدر قضائي إن…": the words after نقلا عن name who actually spoke. */
function quotedSource(units: TextUnits, from: number, sentenceEnd: number): SubjectPhrase | undefined {
  const { tokens } = units;
  for (let k = from; k < Math.min(sentenceEnd, from + MAX_SOURCE_DISTANCE); k++) {
    const fold = tokens[k].fold;
    if (isComplementizer(fold) || readSpeechVerb(fold)) return undefined;
    if (fold === 'نقلا' && tokens[k + 1]?.fold === 'عن') return readSubjectAfter(units, k + 1, sentenceEnd);
  }
  return undefined;
}

function subjectOf(units: TextUnits, verb: number, reading: VerbReading, sentenceEnd: number): SubjectPhrase | undefined {
  const { tokens } = units;
  let j = verb - 1;
  while (j >= 0 && PARTICLES.has(tokens[j].fold)) j--;
  if (j >= 0 && tokens[j].sentence === tokens[verb].sentence && isRelativePronoun(tokens[j].fold)) {
    // "ماكرون الذي اعتبر اللقاء…": the speaker is the antecedent; what follows is the object.
    // "مصدر في الجيش السوري الحر، الذي أعلن": the antecedent may stand before a comma.
    const antecedent = j - 1 >= 0 && COMMAS.has(tokens[j - 1].text) ? j - 1 : j;
    return readSubjectBefore(units, antecedent);
  }
  // A verb written with و / ف opens its clause; its subject, if any, follows it.
  if (reading.prefix !== '') return readSubjectAfter(units, verb, sentenceEnd);
  // "لكن الجماعة تنفي أي صلة…": a present verb mid-sentence follows its subject.
  if (reading.form === 'present') return readSubjectBefore(units, verb) ?? readSubjectAfter(units, verb, sentenceEnd);
  return readSubjectAfter(units, verb, sentenceEnd) ?? readSubjectBefore(units, verb);
}
