// Names the recogniser finds, rightly by ANERcorp's annotation (الله is B-MISC there), that a news
// monitor does not track: they would top every entity list and link in every pious formula
// (حفظه الله، رحمه الله). They stay in what the recogniser returns (so `marsad eval ner` scores
// the tagger as annotated) and are left out of what an article records.
import { foldWord } from './normalize.ts';

const UNTRACKED_NAMES: readonly string[] = [
  'الله', 'لله', 'ولله', 'والله', 'بالله', 'فالله', 'تالله', 'الله تعالى', 'الله عز وجل', 'الله سبحانه وتعالى',
  'حفظه الله', 'حفظها الله', 'حفظهم الله', 'يحفظه الله', 'رحمه الله', 'رحمها الله', 'رحمهم الله', 'يرحمه الله',
  'إن شاء الله', 'ما شاء الله', 'بسم الله', 'سبحانه وتعالى',
];

const UNTRACKED = new Set(UNTRACKED_NAMES.map(foldWord));

/** Whether a mention's canonical name is one of the names not tracked as entities. */
export function isUntracked(canonical: string): boolean {
  return UNTRACKED.has(foldWord(canonical.replace(/\s+/g, ' ').trim()));
}
