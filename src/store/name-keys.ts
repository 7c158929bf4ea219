// Name keys, shared by the stores: an entity or a speaker typed in any spelling is found by the
// same keys the archive holds. A key is the name's consonant skeleton per word (the entity
// resolver's own), so hamza, ة/ه, ى/ي, harakat, ال and added or dropped long vowels
// (وليامز / ويليامز) all meet.
import { nameSkeleton } from '../analyze/entities/index.ts';
import { foldForSearch } from '../text/index.ts';

function skeletonWords(name: string): string[] {
  return nameSkeleton(name).split(/\s+/).filter((w) => w.length > 0);
}

export function nameKey(name: string): string {
  return ` ${skeletonWords(name).join(' ')} `;
}

/** Each word of the typed name, to match as a whole word inside a stored nameKey. */
export function nameKeyParts(name: string): string[] {
  return skeletonWords(name).map((w) => ` ${w} `);
}

const DEFINITE_ARTICLE = 'ال';

/** بن، ابن، بنت، آل، ولد as foldForSearch writes them. */
const LINEAGE_WORDS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'آل', 'ولد'].map(foldForSearch));

/**
 * The last word of a name, folded for search and without ال: the key on which a surname alone
 * (السرّاج) meets the full name that ends with it (فايز السراج). Deliberately stricter than the
 * consonant skeleton: a lone word that only sounds like someone's surname (ميزوري, المزروعي)
 * must not become that person.
 */
export function lastNameWord(name: string): string {
  const words = foldForSearch(name).split(/\s+/).filter((w) => w.length > 0);
  // After بن or آل the last word names a father or a family (محمد بن سلمان, سلمان بن عبدالعزيز
  // آل سعود): سلمان or سعود alone is someone else, so such a name has no surname key.
  if (words.length > 1 && LINEAGE_WORDS.has(words[words.length - 2])) return '';
  const last = words[words.length - 1] ?? '';
  return last.startsWith(DEFINITE_ARTICLE) && last.length > 4 ? last.slice(DEFINITE_ARTICLE.length) : last;
}
