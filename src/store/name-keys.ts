// Search keys of a name, shared by the stores: an entity or a speaker typed in any spelling
// (hamza, ة/ه, ى/ي, harakat, ال) is found by the same keys the archive holds.
import { searchTerms } from '../text/index.ts';

export function nameKey(name: string): string {
  return ` ${searchTerms(name).map((t) => t.term).join(' ')} `;
}

/** Each key of the typed name, to match as a whole word inside a stored nameKey. */
export function nameKeyParts(name: string): string[] {
  return searchTerms(name).map((t) => ` ${t.term} `);
}
